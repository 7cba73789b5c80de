import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { interactionPolicy } from 'oidc-provider';
import { AccountDirectory, DevClient } from './account-directory';
import { SafeHtml } from './html';
import { errorPage, loggedOutPage, logoutPage } from './pages';

const HOUR = 60 * 60;

/**
 * oidc-provider configured to behave, for Lärnav, like Microsoft Entra ID: authorization code flow
 * only, PKCE (S256) always, Entra's claims in the ID token itself, RS256 signatures, RP-initiated
 * logout. Keys and cookie secrets are made at each start, and all state lives in memory: a restart
 * signs everyone out, which is fine for development and tests.
 */
export function providerConfiguration(clients: readonly DevClient[], directory: AccountDirectory): Configuration {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  return {
    clients: clients.map((client) => ({
      ...client,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'RS256',
    })),
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email'],
    // Entra sends oid, tid, roles and groups whatever the scope; profile and email add the rest.
    claims: {
      openid: ['sub', 'oid', 'tid', 'roles', 'groups'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
    },
    // Put every granted claim in the ID token, as Entra does, not only in userinfo.
    conformIdTokenClaims: false,
    jwks: { keys: [signingKey] },
    cookies: {
      // Cookies ignore ports: prefixed so the IdP's never meet the API's on the same localhost.
      names: { session: 'dev_idp_session', interaction: 'dev_idp_interaction', resume: 'dev_idp_resume' },
      keys: [randomBytes(32).toString('base64url')],
    },
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      RefreshToken: 8 * HOUR,
      Interaction: HOUR,
      Session: 8 * HOUR,
      Grant: 8 * HOUR,
      ClientCredentials: 10 * 60,
      DeviceCode: 10 * 60,
      BackchannelAuthenticationRequest: 10 * 60,
      PreAuthorizedCode: 10 * 60,
    },
    features: {
      devInteractions: { enabled: false },
      // Off, as Entra has neither: a client that leans on them would fail only in production.
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          const account = ctx.oidc.session?.accountId ? directory.find(ctx.oidc.session.accountId) : undefined;
          respond(ctx, logoutPage(new SafeHtml(form), account && `${account.name} (${account.email})`));
        },
        postLogoutSuccessSource(ctx) {
          respond(ctx, loggedOutPage());
        },
      },
    },
    interactions: {
      // The standard login and consent prompts, plus select_account, which Entra clients may request.
      policy: [
        new interactionPolicy.Prompt({ name: 'select_account', requestable: true }),
        ...interactionPolicy.base(),
      ],
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, sub) {
      const account = directory.find(sub);
      return account && { accountId: sub, claims: () => AccountDirectory.claimsOf(account) };
    },
    // The Lärnav app is first-party with admin consent, as in an Entra tenant: never ask the user.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      const accountId = oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
      const grant =
        (grantId && (await oidc.provider.Grant.find(grantId))) || new oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
      await grant.save();
      return grant;
    },
    clientBasedCORS: () => false,
    renderError(ctx, out) {
      respond(
        ctx,
        errorPage('Något gick fel', 'Inloggningstjänsten kunde inte behandla begäran.', {
          error: out.error,
          error_description: out.error_description,
        }),
      );
    },
  };
}

function respond(ctx: KoaContextWithOIDC, page: string): void {
  ctx.type = 'html';
  ctx.set('cache-control', 'no-store');
  ctx.set(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  );
  ctx.set('x-content-type-options', 'nosniff');
  ctx.body = page;
}
