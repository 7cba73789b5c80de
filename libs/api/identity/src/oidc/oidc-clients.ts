import { Inject, Injectable } from '@nestjs/common';
import type * as OpenIdClient from 'openid-client';
import type { Strategy as PassportStrategy, StrategyOptions, VerifyFunction } from 'openid-client/passport';
import { OIDC_FETCH, OidcFetch } from '../identity.options';
import { OidcSettings } from '../sign-in/sign-in-config.service';

// openid-client is ESM-only: Node 20.20 loads it with require(); Jest compiles it (jest.preset.js).
const client: typeof OpenIdClient = require('openid-client');
const { Strategy }: { Strategy: typeof PassportStrategy } = require('openid-client/passport');

/**
 * Asks for `state` and `nonce` as well as PKCE, so the callback checks all three (openid-client
 * sends only PKCE by default when the provider supports it).
 */
class StateAndNonceStrategy extends Strategy {
  override authorizationRequestParams(...args: Parameters<PassportStrategy['authorizationRequestParams']>) {
    const params = new URLSearchParams(super.authorizationRequestParams(...args));
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    return params;
  }
}

/**
 * One OpenID provider configuration (from its discovery document) per municipality, cached by
 * the settings' version. Derived data only: any replica rebuilds it on demand.
 */
@Injectable()
export class OidcClients {
  private readonly configurations = new Map<string, Promise<OpenIdClient.Configuration>>();

  constructor(@Inject(OIDC_FETCH) private readonly fetchImpl: OidcFetch) {}

  configuration(tenantId: string, settings: OidcSettings): Promise<OpenIdClient.Configuration> {
    const key = `${tenantId}:${settings.version}:${settings.issuer}`;
    let pending = this.configurations.get(key);
    if (!pending) {
      pending = this.discover(settings);
      pending.catch(() => this.configurations.delete(key));
      this.configurations.set(key, pending);
    }
    return pending;
  }

  strategy(
    configuration: OpenIdClient.Configuration,
    options: Omit<StrategyOptions, 'config'>,
    verify: VerifyFunction,
  ): PassportStrategy {
    return new StateAndNonceStrategy({ ...options, config: configuration }, verify);
  }

  endSessionUrl(
    configuration: OpenIdClient.Configuration,
    idToken: string | undefined,
    returnTo: string,
  ): string | null {
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = { post_logout_redirect_uri: returnTo };
    if (idToken) params['id_token_hint'] = idToken;
    return client.buildEndSessionUrl(configuration, params).href;
  }

  private async discover(settings: OidcSettings): Promise<OpenIdClient.Configuration> {
    const issuer = new URL(settings.issuer);
    // Only a local development provider may be reached over plain HTTP.
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(issuer.hostname);
    const configuration = await client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
      execute: local ? [client.allowInsecureRequests] : [],
      [client.customFetch]: this.fetchImpl as OpenIdClient.CustomFetch,
    });
    configuration[client.customFetch] = this.fetchImpl as OpenIdClient.CustomFetch;
    // OIDC lets a client skip the ID token's signature when it comes straight from the token
    // endpoint over TLS; we check it anyway, against the provider's published keys.
    client.enableNonRepudiationChecks(configuration);
    return configuration;
  }
}
