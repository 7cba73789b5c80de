/** Every cache key in one place, so invalidation after a change can name what it touches. */
export const queryKeys = {
  tenant: () => ['tenant'] as const,
  me: () => ['auth', 'me'] as const,
  signInMethods: () => ['auth', 'methods'] as const,
  orgTree: (at: string) => ['org-units', 'tree', at] as const,
  unitPeople: (unitId: string, at: string) => ['org-units', unitId, 'people', at] as const,
  person: (personId: string) => ['people', personId] as const,
  peopleSearch: (q: string, limit: number) => ['people', 'search', q, limit] as const,
  personTimeline: (personId: string) => ['people', personId, 'timeline'] as const,
  roleGrants: () => ['admin', 'role-grants'] as const,
  claimMappings: () => ['admin', 'claim-mappings'] as const,
  tokens: () => ['admin', 'tokens'] as const,
  oidcSettings: () => ['admin', 'sign-in', 'oidc'] as const,
  samlSettings: () => ['admin', 'sign-in', 'saml'] as const,
  auditLog: (pageSize: number) => ['audit', pageSize] as const,
  outbox: (pageSize: number) => ['outbox', pageSize] as const,
  outboxMail: (id: string) => ['outbox', 'mail', id] as const,
  catalogModules: () => ['catalog', 'modules'] as const,
  sharedModules: () => ['catalog', 'shared-modules'] as const,
  catalogModule: (moduleId: string) => ['catalog', 'modules', moduleId] as const,
  moduleVersion: (moduleId: string, versionId: string) =>
    ['catalog', 'modules', moduleId, 'versions', versionId] as const,
  myTraining: (q: string) => ['learning', 'my-training', q] as const,
  moduleAttempt: (moduleId: string) => ['learning', 'modules', moduleId, 'attempt'] as const,
  quiz: (attemptId: string, quizId: string) => ['learning', 'attempts', attemptId, 'quizzes', quizId] as const,
  rules: () => ['compliance', 'rules'] as const,
  jobRoles: () => ['compliance', 'job-roles'] as const,
  needsPlacement: () => ['admin', 'needs-placement'] as const,
  hrImports: () => ['admin', 'hr-imports'] as const,
  hrImport: (id: string) => ['admin', 'hr-imports', id] as const,
  hrImportChanges: (id: string, kind: string | null, offset: number, limit: number) =>
    ['admin', 'hr-imports', id, 'changes', kind, offset, limit] as const,
  coverage: (orgUnitId: string | null, moduleId: string | null, asOf: string) =>
    ['reporting', 'coverage', orgUnitId, moduleId, asOf] as const,
  coveragePeople: (
    orgUnitId: string,
    moduleId: string | null,
    asOf: string,
    status: string | null,
    limit: number,
    offset: number,
  ) => ['reporting', 'coverage', 'people', orgUnitId, moduleId, asOf, status, limit, offset] as const,
  coverageTrend: (orgUnitId: string, moduleId: string | null, months: number) =>
    ['reporting', 'trend', orgUnitId, moduleId, months] as const,
  onboardingCoverage: (orgUnitId: string | null, moduleId: string | null, from: string, to: string) =>
    ['reporting', 'onboarding', orgUnitId, moduleId, from, to] as const,
  certificateCheck: (code: string) => ['certificates', code] as const,
  myTeam: (asOf: string) => ['my-team', asOf] as const,
  myTeamPeople: (moduleId: string | null, status: string | null, limit: number, offset: number) =>
    ['my-team', 'people', moduleId, status, limit, offset] as const,
  myTeamApprovals: () => ['my-team', 'approvals'] as const,
};
