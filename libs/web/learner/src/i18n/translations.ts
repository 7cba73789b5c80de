import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const LEARNER_NAMESPACE = 'learner';
export const learnerTranslations: Translations = { sv, en };
