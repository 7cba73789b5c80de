import { missingTranslations } from '@larnav/web/ui';
import { richTextTranslations } from './translations';

describe('rich text translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(richTextTranslations)).toEqual([]);
  });
});
