import { adminTranslations } from '@larnav/web/admin';
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
  [RICH_TEXT_NAMESPACE]: richTextTranslations,
};
