export { ADMIN_NAMESPACE, adminTranslations } from './i18n/translations';
export { ADMIN_SECTIONS, canAdminister, visibleAdminSections } from './lib/admin-sections';
export { adminRoutes } from './lib/admin-routes';
