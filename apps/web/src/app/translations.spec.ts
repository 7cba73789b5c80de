import { missingTranslations } from '@larnav/web/ui';
import { appTranslations } from './translations';

describe('translations', () => {
  it.each(Object.keys(appTranslations))('%s has the same keys in Swedish and English', (namespace) => {
    expect(missingTranslations(appTranslations[namespace])).toEqual([]);
  });
});
