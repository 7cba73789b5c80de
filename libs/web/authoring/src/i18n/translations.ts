import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const AUTHORING_NAMESPACE = 'authoring';
export const authoringTranslations: Translations = { sv, en };
