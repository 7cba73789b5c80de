export { HR_NAMESPACE, hrTranslations } from './i18n/translations';
export { hrRoutes, regionalRoutes } from './lib/hr-routes';
export { COVERAGE_PATH, REGION_PATH } from './lib/paths';
