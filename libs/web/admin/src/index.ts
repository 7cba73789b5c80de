export { ADMIN_NAMESPACE, adminTranslations } from './i18n/translations';
export { ADMIN_SECTIONS, canAdminister, visibleAdminSections } from './lib/admin-sections';
export { adminRoutes } from './lib/admin-routes';
// Shared with the rules pages (libs/web/compliance), which pick units and show API errors the same way.
export { UnitCombobox, type UnitComboboxProps } from './lib/shared/UnitCombobox';
export { useFormProblem } from './lib/shared/use-form-problem';
// Shared with the org unit page (libs/web/org), which names a unit's chef.
export { PersonCombobox, type PersonChoice } from './lib/shared/PersonCombobox';
