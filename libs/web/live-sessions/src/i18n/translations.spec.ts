import { missingTranslations } from '@larnav/web/ui';
import { liveSessionsTranslations } from './translations';

describe('live-sessions translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(liveSessionsTranslations)).toEqual([]);
  });
});
