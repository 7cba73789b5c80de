import { missingTranslations } from '@larnav/web/ui';
import { learnerTranslations } from './translations';

describe('learner translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(learnerTranslations)).toEqual([]);
  });
});
