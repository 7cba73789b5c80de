import type { AuditEvent } from '@larnav/web/api-client';

/** The actions the API records; an action not listed here is shown by its key. */
export const KNOWN_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'role-granted',
  'role-revoked',
  'token-created',
  'token-revoked',
  'person-deactivated',
  'person-reactivated',
  'hr-import-uploaded',
  'hr-import-applied',
  'regional-sharing-changed',
] as const;

export function isKnownAction(action: string): action is (typeof KNOWN_ACTIONS)[number] {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** The details that say most about an event, as plain values for the page to word. */
export function auditDetails(event: AuditEvent): {
  method?: string;
  reason?: string;
  role?: string;
  orgUnitId?: string;
  name?: string;
  scopes?: string[];
  expiresAt?: string;
} {
  const details = event.details as Record<string, unknown>;
  return {
    method: text(details['method']),
    reason: text(details['reason']),
    role: text(details['role']),
    orgUnitId: text(details['orgUnitId']),
    name: text(details['name']),
    scopes: Array.isArray(details['scopes'])
      ? details['scopes'].filter((s): s is string => typeof s === 'string')
      : undefined,
    expiresAt: text(details['expiresAt']),
  };
}
