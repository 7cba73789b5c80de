import type { DevIdpAccount } from '@larnav/api/demo';

/** A relying party registered with the dev IdP, like the Lärnav app registration in Entra ID. */
export interface DevClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
}

/**
 * A person who can sign in, with the claims Entra ID puts in the ID token (app roles: none means a
 * learner; groups: object ids), and a Swedish description for the sign-in page. The demo's
 * directory defines the shape; the IdP needs all of it but the municipality's slug.
 */
export type DevAccount = Omit<DevIdpAccount, 'tenantSlug'>;

/** Sign-in by typing an address, for people who are not on the list of buttons. */
export interface EmailSignIn {
  /** Named on the sign-in page, e.g. `stenungsund.se`. */
  domains: readonly string[];
  /** The identity behind an address; undefined refuses it. */
  find(email: string): DevAccount | undefined;
}

/**
 * The accounts the IdP can vouch for: the listed ones, and those who signed in by address since
 * the start. Kept in memory like the rest of the IdP's state (oidc-provider's memory adapter), so
 * both are lost together on restart.
 */
export class AccountDirectory {
  private readonly bySub = new Map<string, DevAccount>();

  constructor(
    readonly listed: readonly DevAccount[],
    readonly emailSignIn?: EmailSignIn,
  ) {
    for (const account of listed) this.bySub.set(account.sub, account);
  }

  find(sub: string): DevAccount | undefined {
    return this.bySub.get(sub);
  }

  findListed(sub: string): DevAccount | undefined {
    return this.listed.find((account) => account.sub === sub);
  }

  signInByEmail(email: string): DevAccount | undefined {
    const account = this.emailSignIn?.find(email);
    if (account) this.bySub.set(account.sub, account);
    return account;
  }

  /** The claims of the ID token (and userinfo): those Entra ID sends for Lärnav. */
  static claimsOf(account: DevAccount) {
    const { sub, oid, tid, preferred_username, email, name, roles, groups } = account;
    return { sub, oid, tid, preferred_username, email, name, roles: [...roles], groups: [...groups] };
  }
}
