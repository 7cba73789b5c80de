import 'express-session';

/** What a signed-in session holds. Roles are not cached here: they are read at every request. */
export interface SessionAuth {
  personId: string;
  tenantId: string;
  /** Epoch ms; the absolute timeout counts from here, whatever the activity. */
  signedInAt: number;
  /** Epoch ms of the last request that extended the idle timeout (at most once a minute). */
  lastSeenAt?: number;
  method: 'oidc' | 'saml';
  /** For RP-initiated logout (`id_token_hint`). */
  idToken?: string;
}

declare module 'express-session' {
  interface SessionData {
    auth?: SessionAuth;
    /** Where to go after signing in; a path on this site only. */
    returnTo?: string;
  }
}
