export { COMPLIANCE_NAMESPACE, complianceTranslations } from './i18n/translations';
export { complianceRoutes } from './lib/compliance-routes';
export { NEW_RULE_PATH, RULES_PATH } from './lib/paths';
