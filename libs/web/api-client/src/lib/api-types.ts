import type { paths } from '../generated/schema';

// Derived from paths rather than component names, which the API's generator is free to rename.
type JsonOf<Path extends keyof paths> = paths[Path] extends {
  get: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

/** The JSON body a POST or PUT to `Path` takes. */
type BodyOf<Path extends keyof paths, Method extends 'post' | 'put'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Tenant = JsonOf<'/api/tenant'>;
export type OrgTree = JsonOf<'/api/org-units/tree'>;
export type OrgUnitNode = OrgTree['units'][number];
export type UnitPeople = JsonOf<'/api/org-units/{id}/people'>;
export type UnitPerson = UnitPeople['people'][number];
export type PersonDetails = JsonOf<'/api/people/{id}'>;
export type PeopleSearch = JsonOf<'/api/people'>;
export type PersonHit = PeopleSearch['people'][number];
export type PersonTimeline = JsonOf<'/api/compliance/people/{id}/timeline'>;
export type TimelineEvent = PersonTimeline['events'][number];
export type TimelineRequirement = PersonTimeline['requirements'][number];

/** Who is signed in: the person, their roles and permissions, and the CSRF token. */
export type Me = JsonOf<'/api/auth/me'>;
export type MyEmployment = Me['person']['employments'][number];

export type RoleGrant = JsonOf<'/api/admin/role-grants'>[number];
export type GrantRoleInput = BodyOf<'/api/admin/role-grants', 'post'>;
export type ClaimMapping = JsonOf<'/api/admin/claim-mappings'>[number];
export type CreateClaimMappingInput = BodyOf<'/api/admin/claim-mappings', 'post'>;
export type IntegrationToken = JsonOf<'/api/admin/tokens'>[number];
export type CreateTokenInput = BodyOf<'/api/admin/tokens', 'post'>;
export type TokenScope = IntegrationToken['scopes'][number];
export type OidcSettings = JsonOf<'/api/admin/sign-in/oidc'>;
export type OidcSettingsInput = BodyOf<'/api/admin/sign-in/oidc', 'put'>;
export type SamlSettings = JsonOf<'/api/admin/sign-in/saml'>;
export type SamlSettingsInput = BodyOf<'/api/admin/sign-in/saml', 'put'>;
export type AuditEvent = JsonOf<'/api/audit'>[number];
export type OutboxMail = JsonOf<'/api/outbox'>[number];
export type OutboxMailDetail = JsonOf<'/api/outbox/{id}'>;

export type ModuleSummary = JsonOf<'/api/catalog/modules'>['modules'][number];
export type ModuleDetail = JsonOf<'/api/catalog/modules/{id}'>;
export type ModuleVersionSummary = ModuleDetail['versions'][number];
export type VersionContent = JsonOf<'/api/catalog/modules/{id}/versions/{versionId}'>;
export type CreateModuleInput = BodyOf<'/api/catalog/modules', 'post'>;
export type SaveDraftInput = BodyOf<'/api/catalog/modules/{id}/draft', 'put'>;
export type PublishInput = BodyOf<'/api/catalog/modules/{id}/draft/publish', 'post'>;
export type ModuleSharing = BodyOf<'/api/catalog/modules/{id}/sharing', 'put'>['sharing'];

/** What a published version changed from the one before (OpenAPI only says "object"). */
export interface VersionChanges {
  titleChanged: boolean;
  lessonsAdded: string[];
  lessonsRemoved: string[];
  lessonsChanged: string[];
  lessonsMoved: boolean;
}

/** The JSON a POST to `Path` answers with 200. */
type PostJsonOf<Path extends keyof paths> = paths[Path] extends {
  post: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

export type MyTraining = JsonOf<'/api/learning/my-training'>;
export type MyModule = MyTraining['required'][number];
export type TrainingStatus = MyModule['status'];
export type Attempt = JsonOf<'/api/learning/attempts/{attemptId}'>;
export type AttemptState = Attempt['state'];
export type QuizView = JsonOf<'/api/learning/attempts/{attemptId}/quizzes/{quizId}'>;
export type QuizResult = PostJsonOf<'/api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions'>;
export type QuizSubmissionInput = BodyOf<'/api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions', 'post'>;
export type ProgressBatch = BodyOf<'/api/learning/attempts/{attemptId}/events', 'post'>;
export type ProgressEvent = ProgressBatch['events'][number];
export type RecordedProgress = PostJsonOf<'/api/learning/attempts/{attemptId}/events'>;
export type CertificateCheck = JsonOf<'/api/certificates/{code}'>;

export type Rule = JsonOf<'/api/compliance/rules'>['rules'][number];
export type RuleInput = BodyOf<'/api/compliance/rules', 'post'>;
export type DueBasis = Rule['dueBasis'];
export type RulePreview = PostJsonOf<'/api/compliance/rules/preview'>;
export type PlacementNeed = JsonOf<'/api/admin/needs-placement'>[number];

export type HrImport = JsonOf<'/api/hr-imports'>[number];
export type HrImportDetail = JsonOf<'/api/hr-imports/{id}'>;
export type HrImportStatus = HrImport['status'];
export type HrImportMapping = HrImportDetail['mapping'];
export type HrImportChange = JsonOf<'/api/hr-imports/{id}/changes'>['items'][number];
export type HrImportChangeKind = HrImportChange['kind'];
export type HrImportRowProblem = HrImportChange['problems'][number];

export type Coverage = JsonOf<'/api/reporting/coverage'>;
export type CoverageNode = Coverage['nodes'][number];
export type ModuleCoverage = CoverageNode['modules'][number];
export type ReportedModule = Coverage['modules'][number];
export type CoveragePeople = JsonOf<'/api/reporting/coverage/people'>;
export type CoveragePerson = CoveragePeople['people'][number];
export type CoverageStatus = CoveragePerson['status'];
export type CoverageTrend = JsonOf<'/api/reporting/trend'>;
export type TrendPoint = CoverageTrend['points'][number];
export type OnboardingCoverage = JsonOf<'/api/reporting/onboarding'>;
export type OnboardingNode = OnboardingCoverage['nodes'][number];
export type ModuleOnboarding = OnboardingNode['modules'][number];
export type RegionalComparison = JsonOf<'/api/regional/coverage'>;
export type SharedModuleComparison = RegionalComparison['modules'][number];
export type MunicipalityCoverage = SharedModuleComparison['municipalities'][number];
export type RegionalSharing = JsonOf<'/api/regional/sharing'>;
export type LiveSessionStanding = JsonOf<'/api/reporting/live-sessions'>;
export type LiveSessionStandingPerson = LiveSessionStanding['people'][number];
export type LiveSessionState = LiveSessionStandingPerson['liveSession'];

export type LiveSession = JsonOf<'/api/live-sessions'>['sessions'][number];
export type LiveSessionDetail = JsonOf<'/api/live-sessions/{id}'>;
export type SessionBooking = LiveSessionDetail['bookings'][number];
/** A booking's status as the API declares it today; pages must also bear strings it adds later. */
export type BookingStatus = SessionBooking['status'];
export type AttendanceStatus = BodyOf<'/api/live-sessions/{id}/bookings/{bookingId}/attendance', 'put'>['status'];
export type ScheduleSessionsInput = BodyOf<'/api/live-sessions', 'post'>;
export type SessionOccurrence = ScheduleSessionsInput['occurrences'][number];
export type MoveSessionInput = NonNullable<
  paths['/api/live-sessions/{id}']['patch']['requestBody']
>['content']['application/json'];
export type AttendanceReport = PostJsonOf<'/api/live-sessions/{id}/attendance-report'>;
export type AttendanceReportRow = AttendanceReport['rows'][number];
export type BookableSession = JsonOf<'/api/live-bookings/sessions'>['sessions'][number];
export type MyBooking = JsonOf<'/api/live-bookings'>['bookings'][number];

export type MyTeam = JsonOf<'/api/my-team'>;
export type PendingApproval = JsonOf<'/api/my-team/approvals'>['approvals'][number];
