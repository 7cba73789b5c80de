import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const ORG_NAMESPACE = 'org';
export const orgTranslations: Translations = { sv, en };
