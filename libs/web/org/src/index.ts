export { ORG_NAMESPACE, orgTranslations } from './i18n/translations';
export { organisationRoutes } from './lib/organisation-routes';
