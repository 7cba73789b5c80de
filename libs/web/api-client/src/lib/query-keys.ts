/** Every cache key in one place, so invalidation after a change can name what it touches. */
export const queryKeys = {
  tenant: () => ['tenant'] as const,
  me: () => ['auth', 'me'] as const,
  signInMethods: () => ['auth', 'methods'] as const,
  orgTree: (at: string) => ['org-units', 'tree', at] as const,
  unitPeople: (unitId: string, at: string) => ['org-units', unitId, 'people', at] as const,
  person: (personId: string) => ['people', personId] as const,
  roleGrants: () => ['admin', 'role-grants'] as const,
  claimMappings: () => ['admin', 'claim-mappings'] as const,
  tokens: () => ['admin', 'tokens'] as const,
  oidcSettings: () => ['admin', 'sign-in', 'oidc'] as const,
  samlSettings: () => ['admin', 'sign-in', 'saml'] as const,
  auditLog: (pageSize: number) => ['audit', pageSize] as const,
  catalogModules: () => ['catalog', 'modules'] as const,
  sharedModules: () => ['catalog', 'shared-modules'] as const,
  catalogModule: (moduleId: string) => ['catalog', 'modules', moduleId] as const,
  moduleVersion: (moduleId: string, versionId: string) =>
    ['catalog', 'modules', moduleId, 'versions', versionId] as const,
  myTraining: (q: string) => ['learning', 'my-training', q] as const,
  moduleAttempt: (moduleId: string) => ['learning', 'modules', moduleId, 'attempt'] as const,
  quiz: (attemptId: string, quizId: string) => ['learning', 'attempts', attemptId, 'quizzes', quizId] as const,
  certificateCheck: (code: string) => ['certificates', code] as const,
};
