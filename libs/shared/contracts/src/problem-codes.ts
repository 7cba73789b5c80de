/**
 * Stable error codes carried in every problem+json response (`code`).
 * The web translates these; the API's `detail` is the English fallback.
 */
export const ProblemCode = {
  ValidationFailed: 'validation_failed',
  NotFound: 'not_found',
  UnknownTenant: 'unknown_tenant',
  OrgUnitNotFound: 'org_unit_not_found',
  OrgUnitCycle: 'org_unit_cycle',
  OrgUnitArchived: 'org_unit_archived',
  OrgUnitHasActiveChildren: 'org_unit_has_active_children',
  OrgUnitHasEmployments: 'org_unit_has_employments',
  OrgUnitCodeTaken: 'org_unit_code_taken',
  OrgRootImmutable: 'org_root_immutable',
  PersonNotFound: 'person_not_found',
  PersonEmailTaken: 'person_email_taken',
  EmploymentNotFound: 'employment_not_found',
  EmploymentOverlap: 'employment_overlap',
  EmploymentEndsBeforeStart: 'employment_ends_before_start',
  EmploymentAlreadyEnded: 'employment_already_ended',
  NoCurrentEmployment: 'no_current_employment',
  NotSignedIn: 'not_signed_in',
  Forbidden: 'forbidden',
  OutsideScope: 'outside_scope',
  CsrfInvalid: 'csrf_invalid',
  TooManyRequests: 'too_many_requests',
  SignInFailed: 'sign_in_failed',
  SignInNotConfigured: 'sign_in_not_configured',
  UnknownEmailDomain: 'unknown_email_domain',
  TokenNotFound: 'token_not_found',
  RoleGrantNotFound: 'role_grant_not_found',
  ClaimMappingNotFound: 'claim_mapping_not_found',
  UploadTypeNotAllowed: 'upload_type_not_allowed',
  UploadTooLarge: 'upload_too_large',
  MediaNotFound: 'media_not_found',
  Internal: 'internal_error',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** RFC 9457 problem details as Lärnav sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  /** Field-level messages for validation failures. */
  errors?: { field: string; message: string }[];
}
