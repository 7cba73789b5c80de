import { createI18n, LANGUAGE_STORAGE_KEY } from './create-i18n';

const translations = { demo: { sv: { hello: 'Hej' }, en: { hello: 'Hello' } } };

describe('createI18n', () => {
  beforeEach(() => window.localStorage.clear());

  it('speaks Swedish by default and says so on <html>', () => {
    const i18n = createI18n({ translations });
    expect(i18n.t('hello')).toBe('Hej');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('remembers a switch to English for the next visit', async () => {
    await createI18n({ translations }).changeLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const nextVisit = createI18n({ translations });
    expect(nextVisit.t('hello')).toBe('Hello');
  });

  it('ignores a remembered language it does not speak', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(createI18n({ translations }).language).toBe('sv');
  });

  it('works without storage', async () => {
    const i18n = createI18n({ translations, storage: null });
    await i18n.changeLanguage('en');
    expect(i18n.t('hello')).toBe('Hello');
  });
});
