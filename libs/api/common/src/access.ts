import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission, Role } from '@larnav/contracts';

/** Who is asking: a signed-in person, or a machine with an integration token. */
export interface Actor {
  tenantId: string;
  personId: string | null;
  tokenId: string | null;
  sessionId: string | null;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** Org units whose subtrees an HR officer answers for. */
  hrUnitIds: string[];
}

export const ACCESS_KEY = 'larnav:access';

export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission };

/** Reachable without signing in (health, sign-in itself). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Reachable by anyone signed in; what they see is their own (who-am-I, sign-out). */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);

/** Reachable only with this permission; scoped permissions are narrowed by the service. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule);

/** Exempt from the CSRF check: only for requests whose own signature protects them (SAML). */
export const CSRF_EXEMPT_KEY = 'larnav:csrf-exempt';
export const CsrfExempt = () => SetMetadata(CSRF_EXEMPT_KEY, true);

/** The actor the access guard established for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('No actor: the route is public, so it cannot ask who is signed in.');
  return actor;
});
