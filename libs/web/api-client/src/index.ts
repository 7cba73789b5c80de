export {
  createApiClient,
  type ApiClient,
  type ApiClientOptions,
} from './lib/client';
export { ApiClientProvider, useApiClient } from './lib/api-client-context';
export { ProblemError, problemOf, isProblem } from './lib/problem-error';
export type {
  Tenant,
  OrgTree,
  OrgUnitNode,
  UnitPeople,
  UnitPerson,
} from './lib/api-types';
export { queryKeys } from './lib/query-keys';
export { useTenant } from './lib/useTenant';
export { useOrgTree } from './lib/useOrgTree';
export { useUnitPeople } from './lib/useUnitPeople';
export { useSignInMethods } from './lib/useSignInMethods';
export { signInUrl, type SignInMethod } from './lib/sign-in-url';
export {
  createFakeApiClient,
  type FakeAnswer,
} from './testing/fake-api-client';
