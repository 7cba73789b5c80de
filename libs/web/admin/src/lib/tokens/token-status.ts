import type { IntegrationToken } from '@larnav/web/api-client';

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Revoked wins over expired: it says someone stopped it on purpose. */
export function tokenStatus(
  token: Pick<IntegrationToken, 'revokedAt' | 'expiresAt'>,
  now: Date = new Date(),
): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}
