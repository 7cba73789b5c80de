import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const HR_NAMESPACE = 'hr';
export const hrTranslations: Translations = { sv, en };
