import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const RICH_TEXT_NAMESPACE = 'richText';
export const richTextTranslations: Translations = { sv, en };
