import { missingTranslations } from '@larnav/web/ui';
import { complianceTranslations } from './translations';

describe('compliance translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(complianceTranslations)).toEqual([]);
  });
});
