import 'reflect-metadata';
import { keepCalendarDatesAsStrings } from '../pg-types';

keepCalendarDatesAsStrings();
