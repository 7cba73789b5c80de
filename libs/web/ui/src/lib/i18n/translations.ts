import en from '../../i18n/en.json';
import sv from '../../i18n/sv.json';

/** The languages Lärnav speaks; Swedish first, as the default. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** Each language's name in itself, so a reader finds their own language whatever is showing. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  sv: 'Svenska',
  en: 'English',
};

/** A namespace's texts in every language; each lib ships one per area. */
export type Translations = Record<Language, Record<string, unknown>>;

export const UI_NAMESPACE = 'ui';
export const uiTranslations: Translations = { sv, en };

/** Locales for numbers and dates: British English writes "15 January 2024", as Swedes expect. */
const FORMAT_LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatLocale(language: string | undefined): string {
  return isLanguage(language) ? FORMAT_LOCALES[language] : FORMAT_LOCALES[DEFAULT_LANGUAGE];
}
