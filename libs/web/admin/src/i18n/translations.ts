import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const ADMIN_NAMESPACE = 'admin';
export const adminTranslations: Translations = { sv, en };
