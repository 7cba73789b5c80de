import type { Translations } from '@larnav/web/ui';
import en from './en.json';
import sv from './sv.json';

export const LIVE_SESSIONS_NAMESPACE = 'live-sessions';
export const liveSessionsTranslations: Translations = { sv, en };
