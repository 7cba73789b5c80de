import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES, type Translations } from './translations';

/** Where the reader's language choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'larnav.language';

export interface CreateI18nOptions {
  /** Namespace → its texts per language; the first namespace is the default. */
  translations: Record<string, Translations>;
  /** null when storage is unavailable (private browsing may throw on access). */
  storage?: Storage | null;
  /** Force a language (tests); otherwise the remembered one, else Swedish. */
  language?: Language;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function rememberedLanguage(storage: Storage | null): Language | undefined {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One i18next instance for the app: Swedish unless the reader chose otherwise, the choice kept in
 * localStorage and mirrored to <html lang> so screen readers pronounce the page right.
 */
export function createI18n({ translations, storage = browserStorage(), language }: CreateI18nOptions): i18n {
  const namespaces = Object.keys(translations);
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(namespaces.map((ns) => [ns, translations[ns][lng]]))]),
  );
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language ?? rememberedLanguage(storage) ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: namespaces,
    defaultNS: namespaces[0],
    // React escapes already.
    interpolation: { escapeValue: false },
    // Resources are bundled, so initialise synchronously: no flash of untranslated keys.
    initAsync: false,
  });
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Not remembered this time; the switch still works for this visit.
    }
  });
  return instance;
}
