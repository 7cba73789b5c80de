import { tokenStatus } from './token-status';

describe('tokenStatus', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it.each([
    [{ revokedAt: null, expiresAt: '2025-09-01T21:59:59.999Z' }, 'active'],
    [{ revokedAt: null, expiresAt: '2025-06-01T11:59:59.999Z' }, 'expired'],
    [{ revokedAt: '2025-05-01T08:00:00Z', expiresAt: '2025-09-01T00:00:00Z' }, 'revoked'],
    [{ revokedAt: '2025-05-01T08:00:00Z', expiresAt: '2025-05-02T00:00:00Z' }, 'revoked'],
  ] as const)('%o is %s', (token, status) => {
    expect(tokenStatus(token, now)).toBe(status);
  });
});
