/** Everyone is a learner; the other roles come from the IdP (app roles, groups) or an admin. */
export const Role = {
  Learner: 'learner',
  Trainer: 'trainer',
  Hr: 'hr',
  Admin: 'admin',
  /** Compares the region's municipalities' coverage of shared modules: aggregates only. */
  Region: 'region',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const GRANTABLE_ROLES: Role[] = [Role.Trainer, Role.Hr, Role.Admin, Role.Region];

/**
 * What an endpoint requires. Access is denied by default: every route names one of these,
 * or is explicitly public.
 */
export const Permission = {
  /** Read the organisation tree and head counts (an HR officer: their subtrees only). */
  OrgRead: 'org:read',
  /** Create, rename, move and archive units. */
  OrgManage: 'org:manage',
  /** Read people and their employment history (an HR officer: their subtrees only). */
  PeopleRead: 'people:read',
  /** Hire, transfer, end employment, deactivate. */
  PeopleManage: 'people:manage',
  /** Grant and revoke roles. */
  RolesManage: 'roles:manage',
  /** Sign-in settings and claim mappings. */
  SignInManage: 'sign-in:manage',
  /** Create and revoke integration tokens. */
  TokensManage: 'tokens:manage',
  /** Read the audit log. */
  AuditRead: 'audit:read',
  /** Read the mails Lärnav sent or holds (the outbox): they name people and what they owe. */
  OutboxRead: 'outbox:read',
  /** Write modules: create them, edit drafts, upload their media, copy a shared one. */
  CatalogAuthor: 'catalog:author',
  /** Publish a draft as a new version, and retire a module. */
  CatalogPublish: 'catalog:publish',
  /** Share a module with the installation's other municipalities, or stop sharing it. */
  CatalogShare: 'catalog:share',
  /** Require a module of people, with a due date (until the assignment rules). */
  LearningEnrol: 'learning:enrol',
  /** Make and end assignment rules, and preview what they do. */
  ComplianceManage: 'compliance:manage',
  /** Exempt people from requirements for a while (an HR officer: their subtrees only). */
  ComplianceExempt: 'compliance:exempt',
  /** Schedule, move and cancel live training sessions, see who booked, and mark attendance. */
  LiveSessionsManage: 'live-sessions:manage',
  /** Read training coverage, onboarding and trends, and export them (an HR officer: their subtrees only). */
  ReportingRead: 'reporting:read',
  /** Revoke a certificate, with a reason. */
  CertificatesRevoke: 'certificates:revoke',
  /** Read the region's comparison: each sharing municipality's coverage of shared modules, no group under 5. */
  RegionalRead: 'regional:read',
  /** Decide whether this municipality's coverage numbers are shared with the region. */
  RegionalShare: 'regional:share',
  /** Provision people and groups over SCIM (/scim/v2): a token scope only, no person's role has it. */
  Scim: 'scim',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Learner]: [],
  [Role.Trainer]: [
    Permission.OrgRead,
    Permission.CatalogAuthor,
    Permission.CatalogPublish,
    Permission.CatalogShare,
    Permission.LearningEnrol,
    Permission.ComplianceManage,
    Permission.LiveSessionsManage,
  ],
  [Role.Hr]: [Permission.OrgRead, Permission.PeopleRead, Permission.ComplianceExempt, Permission.ReportingRead],
  // An admin manages people through the API; SCIM is the identity system's door, not a person's.
  // The regional comparison is other municipalities' numbers: a role of its own, not every admin's.
  [Role.Admin]: Object.values(Permission).filter(
    (permission) => permission !== Permission.Scim && permission !== Permission.RegionalRead,
  ),
  [Role.Region]: [Permission.RegionalRead],
};

/** What an integration token may be allowed to do; a subset of the permissions. */
/** `reporting:read` is the BI tools' door (Power BI and the like) to the same numbers as the dashboard. */
export const TOKEN_SCOPES: readonly Permission[] = [
  Permission.OrgRead,
  Permission.PeopleRead,
  Permission.ReportingRead,
  Permission.Scim,
];

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
