export { ORG_NAMESPACE, orgTranslations } from './i18n/translations';
export { organisationRoutes, peopleRoutes } from './lib/organisation-routes';
