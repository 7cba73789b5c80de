import { missingTranslations } from '@larnav/web/ui';
import { KNOWN_ACTIONS } from '../lib/audit/audit-event-text';
import { adminTranslations } from './translations';

describe('admin translations', () => {
  it('has the same keys in Swedish and English', () => {
    expect(missingTranslations(adminTranslations)).toEqual([]);
  });
});

describe('audit log labels', () => {
  it.each(['sv', 'en'] as const)('names every audit action in %s', (language) => {
    const actions = (
      adminTranslations[language]['audit'] as {
        actions: Record<string, string>;
      }
    ).actions;
    expect(KNOWN_ACTIONS.filter((action) => !actions[action])).toEqual([]);
  });
});
