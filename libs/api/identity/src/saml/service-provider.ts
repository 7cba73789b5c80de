import { generateServiceProviderMetadata, SamlConfig, ValidateInResponseTo } from '@node-saml/passport-saml';
import type { IdpMetadata } from './idp-metadata';

export const SAML_METADATA_PATH = '/api/auth/saml/metadata';
export const SAML_CALLBACK_PATH = '/api/auth/saml/callback';

/** Clock difference tolerated between the IdP and us: short, as a browser posts the response within seconds. */
export const CLOCK_SKEW_MS = 60_000;
/** How long after the IdP issued it an assertion is accepted, whatever NotOnOrAfter it carries. */
export const MAX_ASSERTION_AGE_MS = 5 * 60_000;

/** Lärnav as a SAML service provider at one municipality's address. */
export interface ServiceProvider {
  /** Also the audience: an assertion made for another municipality's address is refused here. */
  entityId: string;
  acsUrl: string;
}

export function serviceProviderAt(origin: string): ServiceProvider {
  return { entityId: `${origin}${SAML_METADATA_PATH}`, acsUrl: `${origin}${SAML_CALLBACK_PATH}` };
}

/** The document the municipality's IT imports into ADFS (or Entra ID) to register Lärnav. */
export function serviceProviderMetadata(sp: ServiceProvider): string {
  return generateServiceProviderMetadata({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    identifierFormat: null,
    wantAssertionsSigned: true,
  });
}

/**
 * node-saml's options for one IdP and one origin.
 *
 * InResponseTo is not checked ('never'): the IdP's POST back is cross-site, so the SameSite=Lax
 * session cookie does not come with it and cannot tie the response to the browser that asked;
 * a request-id store (node-saml's cacheProvider) would need its own table only to refuse
 * IdP-initiated sign-in and replays. Instead a response must be signed by a key in the IdP's
 * metadata, for this address (audience), fresh (NotBefore/NotOnOrAfter with a short skew, and
 * at most MAX_ASSERTION_AGE_MS after it was issued), and each assertion is accepted only once
 * (AssertionReplayGuard, in PostgreSQL so it holds across replicas).
 */
export function samlConfig(idp: IdpMetadata, sp: ServiceProvider): SamlConfig {
  return {
    entryPoint: idp.ssoUrl,
    authnRequestBinding: idp.ssoBinding,
    // The POST binding carries the request plainly base64-encoded; only the redirect deflates it.
    skipRequestCompression: idp.ssoBinding === 'HTTP-POST',
    idpCert: idp.signingCertificates.map((c) => c.pem),
    idpIssuer: idp.entityId,
    issuer: sp.entityId,
    audience: sp.entityId,
    callbackUrl: sp.acsUrl,
    // ADFS and Entra ID sign the assertion by default and the response only when asked to.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.never,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    maxAssertionAgeMs: MAX_ASSERTION_AGE_MS,
    // Let the IdP choose its NameID format and sign-in method: ADFS refuses a request for
    // "password" from a PC signed in with Windows (Kerberos), and lacks an e-mail NameID by default.
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  };
}
