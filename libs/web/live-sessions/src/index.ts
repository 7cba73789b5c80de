export { LIVE_SESSIONS_NAMESPACE, liveSessionsTranslations } from './i18n/translations';
export { bookingRoutes, trainerSessionRoutes } from './lib/live-sessions-routes';
export { attendancePath, bookSessionsPath, moduleSessionsPath } from './lib/paths';
