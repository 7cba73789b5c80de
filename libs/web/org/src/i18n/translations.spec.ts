import { missingTranslations } from '@larnav/web/ui';
import { orgTranslations } from './translations';

describe('org translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(orgTranslations)).toEqual([]);
  });
});
