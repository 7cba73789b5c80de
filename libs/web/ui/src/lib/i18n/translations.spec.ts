import { ProblemCode } from '@larnav/contracts';
import { missingTranslations, translationKeys } from './translation-keys';
import { uiTranslations } from './translations';

describe('ui translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(uiTranslations)).toEqual([]);
  });

  it('translates every problem code', () => {
    const keys = translationKeys(uiTranslations.sv);
    const untranslated = Object.values(ProblemCode).filter((code) => !keys.includes(`problem.codes.${code}`));
    expect(untranslated).toEqual([]);
  });

  it('reports a key that only one language has', () => {
    expect(missingTranslations({ sv: { a: { b: 'x' } }, en: { a: {} } })).toEqual(['en lacks a.b']);
  });
});
