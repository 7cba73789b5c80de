export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  UI_NAMESPACE,
  formatLocale,
  isLanguage,
  uiTranslations,
  type Language,
  type Translations,
} from './lib/i18n/translations';
export { missingTranslations, translationKeys } from './lib/i18n/translation-keys';
export { createI18n, LANGUAGE_STORAGE_KEY, type CreateI18nOptions } from './lib/i18n/create-i18n';
export {
  addCalendarDays,
  type CalendarDate,
  endOfCalendarDay,
  formatCalendarDate,
  isCalendarDate,
  todayInStockholm,
} from './lib/calendar-date/calendar-date';
export { CalendarDatePicker, type CalendarDatePickerProps } from './lib/calendar-date/CalendarDatePicker';
export { AppShell, MAIN_CONTENT_ID, type AppShellProps } from './lib/app-shell/AppShell';
export { LanguageSwitch, type LanguageSwitchProps } from './lib/language-switch/LanguageSwitch';
export { EmptyState, type EmptyStateProps } from './lib/states/EmptyState';
export { ErrorState, type ErrorStateProps } from './lib/states/ErrorState';
export { LoadingState } from './lib/states/LoadingState';
export { useProblemMessage, type ProblemLike } from './lib/states/problem-message';
export { TestProviders, type TestProvidersProps } from './lib/testing/TestProviders';
export { NoAccessState } from './lib/access/NoAccessState';
export { sortRoles, useRoleLabel } from './lib/access/role-labels';
export { fieldErrorsOf } from './lib/forms/field-errors';
export { ConfirmDialog, type ConfirmDialogProps } from './lib/forms/ConfirmDialog';
export { FormProblem } from './lib/forms/FormProblem';
export { NotificationsProvider, useNotify } from './lib/notifications/notifications';
export { formatInstant } from './lib/time/format-instant';
export { PageHeader } from './lib/layout/PageHeader';
export { Panel, type PanelProps } from './lib/layout/Panel';
export { ListFrame, type ListColumn, type ListFrameProps, type ListQuery } from './lib/list/ListFrame';
export { RouteLink } from './lib/navigation/RouteLink';
export { useFileInputStyles } from './lib/forms/file-input.styles';
