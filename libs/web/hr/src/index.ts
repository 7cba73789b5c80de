export { HR_NAMESPACE, hrTranslations } from './i18n/translations';
export { hrRoutes, regionalRoutes } from './lib/hr-routes';
export { myTeamRoutes } from './lib/my-team-routes';
export { COVERAGE_PATH, MY_TEAM_PATH, REGION_PATH } from './lib/paths';
