import { Injectable } from '@nestjs/common';
import { Profile, Strategy, VerifiedCallback } from '@node-saml/passport-saml';
import type { IdentityClaims } from '../sign-in/identity-claims';
import type { SamlSettings } from '../sign-in/sign-in-config.service';
import { AssertionReplayGuard } from './assertion-replay-guard';
import { IdpMetadata, parseIdpMetadata } from './idp-metadata';
import { claimsFromSamlProfile } from './saml-claims';
import { samlConfig, serviceProviderAt } from './service-provider';

/** What the strategy yields once a response passed every check. */
export interface VerifiedAssertion {
  claims: IdentityClaims;
}

/**
 * passport-saml strategies for one municipality's IdP. The parsed metadata is cached by the
 * settings' version (derived data: any replica rebuilds it); the strategy is made per request,
 * since its addresses follow the request's origin.
 */
@Injectable()
export class SamlStrategies {
  private readonly idps = new Map<string, { version: string; idp: IdpMetadata }>();

  constructor(private readonly replays: AssertionReplayGuard) {}

  idp(tenantId: string, settings: SamlSettings): IdpMetadata {
    const cached = this.idps.get(tenantId);
    if (cached?.version === settings.version) return cached.idp;
    const idp = parseIdpMetadata(settings.metadata);
    this.idps.set(tenantId, { version: settings.version, idp });
    return idp;
  }

  /** `relayState` comes back with the response; set here so both request bindings send it. */
  forRequest(tenantId: string, settings: SamlSettings, origin: string, relayState?: string): Strategy {
    const idp = this.idp(tenantId, settings);
    const additionalAuthorizeParams: Record<string, string> = relayState ? { RelayState: relayState } : {};
    return new Strategy(
      { ...samlConfig(idp, serviceProviderAt(origin)), additionalAuthorizeParams },
      (profile: Profile | null, done: VerifiedCallback) => {
        this.verify(idp, profile).then(
          (verified) => done(null, { ...verified }),
          (error: Error) => done(error),
        );
      },
      // Lärnav starts no SAML logout and answers none: signing out ends the Lärnav session.
      (_profile: Profile | null, done: VerifiedCallback) => done(new Error('SAML single logout is not supported.')),
    );
  }

  /** node-saml checked the signature, audience and validity window; these are the checks it leaves out. */
  private async verify(idp: IdpMetadata, profile: Profile | null): Promise<VerifiedAssertion> {
    if (!profile) throw new Error('The SAML response carried no assertion.');
    if (profile.issuer !== idp.entityId) throw new Error(`The assertion's issuer is not ${idp.entityId}.`);
    const assertion = (profile.getAssertion?.() as { Assertion?: { $?: { ID?: string; IssueInstant?: string } } })
      ?.Assertion?.$;
    await this.replays.accept(idp.entityId, assertion?.ID, assertion?.IssueInstant);
    return { claims: claimsFromSamlProfile(profile) };
  }
}
