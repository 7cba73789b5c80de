import type { AppConfig } from '@larnav/api/common';

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

/** The part of the configuration that sign-in, sessions and tokens read. */
export type IdentityOptions = Pick<
  AppConfig,
  | 'LARNAV_SESSION_SECRET'
  | 'LARNAV_SECRET_KEY'
  | 'LARNAV_SESSION_IDLE_MINUTES'
  | 'LARNAV_SESSION_ABSOLUTE_HOURS'
  | 'LARNAV_OIDC_ISSUER'
  | 'LARNAV_OIDC_CLIENT_ID'
  | 'LARNAV_OIDC_CLIENT_SECRET'
  | 'LARNAV_OIDC_SCOPES'
  | 'LARNAV_OIDC_TENANT_ID'
  | 'LARNAV_SIGN_IN_RATE_LIMIT'
>;

/** The fetch the OIDC client uses; tests replace it to tamper with tokens in transit. */
export const OIDC_FETCH = Symbol('OIDC_FETCH');
export type OidcFetch = typeof fetch;
