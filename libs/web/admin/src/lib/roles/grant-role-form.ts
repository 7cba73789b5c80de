import { GRANTABLE_ROLES, type Role } from '@larnav/contracts';
import type { GrantRoleInput } from '@larnav/web/api-client';

export type GrantableRole = GrantRoleInput['role'];
export const GRANTABLE: readonly GrantableRole[] = GRANTABLE_ROLES as GrantableRole[];

export interface GrantRoleDraft {
  personId: string | null;
  role: GrantableRole | null;
  /** The unit whose subtree an HR grant covers. */
  orgUnitId: string | null;
}

export type GrantRoleField = 'personId' | 'role' | 'orgUnitId';

/** What is missing before a grant can be sent; HR needs the unit it answers for. */
export function missingForGrant(draft: GrantRoleDraft): GrantRoleField[] {
  return [
    ...(draft.personId ? [] : ['personId' as const]),
    ...(draft.role ? [] : ['role' as const]),
    ...(draft.role === ('hr' satisfies Role) && !draft.orgUnitId ? ['orgUnitId' as const] : []),
  ];
}

export function grantInput(draft: GrantRoleDraft): GrantRoleInput {
  if (!draft.personId || !draft.role) throw new Error('incomplete grant');
  return {
    personId: draft.personId,
    role: draft.role,
    ...(draft.role === 'hr' && draft.orgUnitId ? { orgUnitId: draft.orgUnitId } : {}),
  };
}
