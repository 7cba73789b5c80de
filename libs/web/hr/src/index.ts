export { HR_NAMESPACE, hrTranslations } from './i18n/translations';
export { hrRoutes } from './lib/hr-routes';
export { COVERAGE_PATH } from './lib/paths';
