export { HR_NAMESPACE, hrTranslations } from './i18n/translations';
export { hrRoutes } from './lib/hr-routes';
export { myTeamRoutes } from './lib/my-team-routes';
export { COVERAGE_PATH, MY_TEAM_PATH } from './lib/paths';
