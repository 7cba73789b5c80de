import { adminTranslations } from '@larnav/web/admin';
import { AUTHORING_NAMESPACE, authoringTranslations } from '@larnav/web/authoring';
import { COMPLIANCE_NAMESPACE, complianceTranslations } from '@larnav/web/compliance';
import { HR_NAMESPACE, hrTranslations } from '@larnav/web/hr';
import { LEARNER_NAMESPACE, learnerTranslations } from '@larnav/web/learner';
import { LIVE_SESSIONS_NAMESPACE, liveSessionsTranslations } from '@larnav/web/live-sessions';
import { orgTranslations } from '@larnav/web/org';
import { RICH_TEXT_NAMESPACE, richTextTranslations } from '@larnav/web/rich-text';
import { type Translations, uiTranslations } from '@larnav/web/ui';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';

/** Every namespace the app speaks; `shell` first, as the default. Add an area's texts here. */
export const appTranslations: Record<string, Translations> = {
  shell: { sv, en },
  ui: uiTranslations,
  org: orgTranslations,
  admin: adminTranslations,
  [AUTHORING_NAMESPACE]: authoringTranslations,
  [LEARNER_NAMESPACE]: learnerTranslations,
  [COMPLIANCE_NAMESPACE]: complianceTranslations,
  [HR_NAMESPACE]: hrTranslations,
  [LIVE_SESSIONS_NAMESPACE]: liveSessionsTranslations,
  [RICH_TEXT_NAMESPACE]: richTextTranslations,
};
