export { createApiClient, type ApiClient, type ApiClientOptions } from './lib/client';
export { CSRF_HEADER } from './lib/csrf';
export { ApiClientProvider, useApiClient } from './lib/api-client-context';
export { ProblemError, problemOf, isProblem, dataOrThrow } from './lib/problem-error';
export type {
  AuditEvent,
  OutboxMail,
  OutboxMailDetail,
  ClaimMapping,
  CreateClaimMappingInput,
  CreateTokenInput,
  GrantRoleInput,
  IntegrationToken,
  CreateModuleInput,
  ModuleDetail,
  ModuleSharing,
  ModuleSummary,
  ModuleVersionSummary,
  PublishInput,
  SaveDraftInput,
  VersionChanges,
  VersionContent,
  Attempt,
  AttemptState,
  CertificateCheck,
  MyModule,
  MyTraining,
  ProgressEvent,
  QuizResult,
  QuizSubmissionInput,
  QuizView,
  RecordedProgress,
  TrainingStatus,
  Me,
  DueBasis,
  PlacementNeed,
  HrImport,
  HrImportDetail,
  HrImportStatus,
  HrImportMapping,
  HrImportChange,
  HrImportChangeKind,
  HrImportRowProblem,
  Rule,
  RuleInput,
  RulePreview,
  MyEmployment,
  OidcSettings,
  OidcSettingsInput,
  OrgTree,
  OrgUnitNode,
  PersonDetails,
  PeopleSearch,
  PersonHit,
  PersonTimeline,
  TimelineEvent,
  TimelineRequirement,
  RoleGrant,
  SamlSettings,
  SamlSettingsInput,
  Tenant,
  TokenScope,
  UnitPeople,
  UnitPerson,
  Coverage,
  CoverageNode,
  ModuleCoverage,
  ReportedModule,
  CoveragePeople,
  CoveragePerson,
  CoverageStatus,
  CoverageTrend,
  TrendPoint,
  OnboardingCoverage,
  OnboardingNode,
  MyTeam,
  PendingApproval,
  ModuleOnboarding,
  MunicipalityCoverage,
  RegionalComparison,
  RegionalSharing,
  SharedModuleComparison,
  LiveSession,
  LiveSessionDetail,
  LiveSessionStanding,
  LiveSessionStandingPerson,
  LiveSessionState,
  SessionBooking,
  BookingStatus,
  AttendanceStatus,
  ScheduleSessionsInput,
  SessionOccurrence,
  MoveSessionInput,
  AttendanceReport,
  AttendanceReportRow,
  BookableSession,
  MyBooking,
} from './lib/api-types';
export { queryKeys } from './lib/query-keys';
export { useTenant } from './lib/useTenant';
export { useMe } from './lib/useMe';
export { useSignOut } from './lib/useSignOut';
export { useOrgTree } from './lib/useOrgTree';
export { useUnitPeople } from './lib/useUnitPeople';
export { usePeopleSearch, PEOPLE_SEARCH_MIN_LENGTH } from './lib/usePeopleSearch';
export { usePersonTimeline } from './lib/usePersonTimeline';
export { usePersonNames } from './lib/usePersonNames';
export { useSignInMethods } from './lib/useSignInMethods';
export { useDiscoverSignIn } from './lib/useDiscoverSignIn';
export { signInUrl, type SignInMethod } from './lib/sign-in-url';
export { useRoleGrants } from './lib/useRoleGrants';
export { useGrantRole } from './lib/useGrantRole';
export { useRevokeRoleGrant } from './lib/useRevokeRoleGrant';
export { useClaimMappings } from './lib/useClaimMappings';
export { useCreateClaimMapping } from './lib/useCreateClaimMapping';
export { useDeleteClaimMapping } from './lib/useDeleteClaimMapping';
export { useIntegrationTokens } from './lib/useIntegrationTokens';
export { useCreateIntegrationToken } from './lib/useCreateIntegrationToken';
export { useRevokeIntegrationToken } from './lib/useRevokeIntegrationToken';
export { useOidcSettings } from './lib/useOidcSettings';
export { useSaveOidcSettings } from './lib/useSaveOidcSettings';
export { useSamlSettings } from './lib/useSamlSettings';
export { useSaveSamlSettings } from './lib/useSaveSamlSettings';
export { useAuditLog } from './lib/useAuditLog';
export { useOutbox, useOutboxMail } from './lib/useOutbox';
export { useCatalogModules } from './lib/useCatalogModules';
export { useSharedModules } from './lib/useSharedModules';
export { useCatalogModule } from './lib/useCatalogModule';
export { useModuleVersion } from './lib/useModuleVersion';
export { useCreateModule } from './lib/useCreateModule';
export { useOpenDraft } from './lib/useOpenDraft';
export { useSaveDraft } from './lib/useSaveDraft';
export { useDiscardDraft } from './lib/useDiscardDraft';
export { usePublishDraft } from './lib/usePublishDraft';
export { useSetModuleSharing } from './lib/useSetModuleSharing';
export { useCopySharedModule } from './lib/useCopySharedModule';
export { mediaUrl, uploadMedia, type MediaKind, type UploadedMedia, type UploadMediaOptions } from './lib/upload-media';
export { useUploadMedia, type UploadState } from './lib/useUploadMedia';
export { useMyTraining } from './lib/useMyTraining';
export { useModuleAttempt } from './lib/useModuleAttempt';
export { useQuiz } from './lib/useQuiz';
export { useCertificateCheck } from './lib/useCertificateCheck';
export { useRules } from './lib/useRules';
export { useCreateRule } from './lib/useCreateRule';
export { useEndRule } from './lib/useEndRule';
export { useRulePreview } from './lib/useRulePreview';
export { useJobRoles } from './lib/useJobRoles';
export { useNeedsPlacement } from './lib/useNeedsPlacement';
export { useHrImports } from './lib/useHrImports';
export { useHrImport } from './lib/useHrImport';
export { useHrImportChanges } from './lib/useHrImportChanges';
export { useUploadHrFile } from './lib/useUploadHrFile';
export { useRemapHrImport } from './lib/useRemapHrImport';
export { useApplyHrImport } from './lib/useApplyHrImport';
export { certificatePdfUrl, MY_DATA_URL } from './lib/learning-urls';
export { useCoverage, type CoverageFilter } from './lib/useCoverage';
export { useCoveragePeople, type CoveragePeopleFilter } from './lib/useCoveragePeople';
export { useCoverageTrend } from './lib/useCoverageTrend';
export { useOnboardingCoverage, type OnboardingFilter } from './lib/useOnboardingCoverage';
export { boardSummaryUrl, reportExportUrl, type ExportFormat, type ReportTable } from './lib/reporting-urls';
export { useRegionalCoverage } from './lib/useRegionalCoverage';
export { useRegionalSharing } from './lib/useRegionalSharing';
export { useSetRegionalSharing } from './lib/useSetRegionalSharing';
export { useModuleSessions } from './lib/useModuleSessions';
export { useLiveSession } from './lib/useLiveSession';
export { useLiveSessionStanding, type LiveSessionStandingFilter } from './lib/useLiveSessionStanding';
export { useScheduleSessions } from './lib/useScheduleSessions';
export { useMoveSession } from './lib/useMoveSession';
export { useCancelSession } from './lib/useCancelSession';
export { useMarkAttendance } from './lib/useMarkAttendance';
export { useUploadAttendanceReport } from './lib/useUploadAttendanceReport';
export { useBookableSessions } from './lib/useBookableSessions';
export { useMyBookings } from './lib/useMyBookings';
export { useBookSession } from './lib/useBookSession';
export { useCancelBooking } from './lib/useCancelBooking';
export { createFakeApiClient, type FakeAnswer, type FakeRequest } from './testing/fake-api-client';
export { useMyTeam } from './lib/useMyTeam';
export { useMyTeamPeople, type MyTeamPeopleFilter } from './lib/useMyTeamPeople';
export { useSendTeamReminder } from './lib/useSendTeamReminder';
export { useTeamApprovals, useDecideApproval } from './lib/useTeamApprovals';
export { useSetUnitManager } from './lib/useSetUnitManager';
export { useOrgUnit } from './lib/useOrgUnit';
