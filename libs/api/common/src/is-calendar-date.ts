import { registerDecorator } from 'class-validator';
import { isValidCalendarDate } from '@larnav/contracts';

/** Refuses 2026-02-30 and the like, which the pattern alone lets through. */
export function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property is not a date in the calendar' },
      validator: { validate: (value: unknown) => typeof value !== 'string' || isValidCalendarDate(value) },
    });
}
