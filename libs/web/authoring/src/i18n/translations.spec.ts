import { missingTranslations } from '@larnav/web/ui';
import { authoringTranslations } from './translations';

describe('authoring translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(authoringTranslations)).toEqual([]);
  });
});
