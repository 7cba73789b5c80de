import { DEV_IDP_EMAIL_DOMAINS, devIdpAccountForEmail, devIdpAccounts, DevIdpAccount } from '@larnav/api/demo';
import type { DevAccount, EmailSignIn } from './dev-idp';

/**
 * Lärnav's demo as the dev IdP sees it: the well-known demo people as buttons, and the seeded
 * staff of Stenungsund and Tjörn by address. The identities themselves (tenant ids, app roles,
 * group ids, oids) come from libs/api/demo, which the API's seed reads too.
 */
export function demoAccounts(): DevAccount[] {
  return devIdpAccounts().map(toDevAccount);
}

export const demoEmailSignIn: EmailSignIn = {
  domains: DEV_IDP_EMAIL_DOMAINS,
  find: (email) => {
    const account = devIdpAccountForEmail(email);
    return account && toDevAccount(account);
  },
};

function toDevAccount(account: DevIdpAccount): DevAccount {
  const { sub, oid, tid, preferred_username, email, name, roles, groups, description } = account;
  return { sub, oid, tid, preferred_username, email, name, roles, groups, description };
}
