import { missingTranslations } from '@larnav/web/ui';
import { hrTranslations } from './translations';

describe('hr translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(hrTranslations)).toEqual([]);
  });
});
