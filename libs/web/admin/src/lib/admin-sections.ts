import { Permission } from '@larnav/contracts';

/** The administration area's sections: each a route under /admin, shown with its permission only. */
export const ADMIN_SECTIONS = [
  { path: 'roles', permission: Permission.RolesManage, label: 'tabs.roles' },
  {
    path: 'claim-mappings',
    permission: Permission.SignInManage,
    label: 'tabs.claimMappings',
  },
  {
    path: 'sign-in',
    permission: Permission.SignInManage,
    label: 'tabs.signIn',
  },
  // People the identity system could not place; admins manage people, HR only reads them.
  { path: 'needs-placement', permission: Permission.PeopleManage, label: 'tabs.needsPlacement' },
  // Staff from the HR system's file; like placing people, an admin's work.
  { path: 'hr-import', permission: Permission.PeopleManage, label: 'tabs.hrImport' },
  { path: 'tokens', permission: Permission.TokensManage, label: 'tabs.tokens' },
  // What the municipality shows the region's comparison: its own decision.
  { path: 'region', permission: Permission.RegionalShare, label: 'tabs.region' },
  {
    path: 'audit-log',
    permission: Permission.AuditRead,
    label: 'tabs.auditLog',
  },
  { path: 'outbox', permission: Permission.OutboxRead, label: 'tabs.outbox' },
] as const;

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export function visibleAdminSections(permissions: readonly string[]): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => permissions.includes(section.permission));
}

/** Whether someone with these permissions has anything to do in the administration area. */
export function canAdminister(permissions: readonly string[]): boolean {
  return visibleAdminSections(permissions).length > 0;
}
