export { AUTHORING_NAMESPACE, authoringTranslations } from './i18n/translations';
export { authoringRoutes } from './lib/authoring-routes';
