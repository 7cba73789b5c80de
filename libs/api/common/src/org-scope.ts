import { Permission, Role, ROLE_PERMISSIONS } from '@larnav/contracts';
import type { Actor } from './access';

/** How much of the organisation a permission reaches for this actor. */
export type OrgScope = { kind: 'tenant' } | { kind: 'subtrees'; unitIds: string[] };

/**
 * Integration tokens and every role but HR reach the whole municipality with the permissions
 * they hold; an HR officer reaches only the subtrees they answer for.
 */
export function orgScope(actor: Actor, permission: Permission): OrgScope {
  if (actor.tokenId) return { kind: 'tenant' };
  const wide = actor.roles.some((role) => role !== Role.Hr && ROLE_PERMISSIONS[role].includes(permission));
  return wide ? { kind: 'tenant' } : { kind: 'subtrees', unitIds: actor.hrUnitIds };
}
