import databaseSetup from '../../libs/api/db/src/testing/global-setup';
import { spawnDevIdp } from '../../apps/dev-idp/src/testing/spawn-dev-idp';

/** The municipalities' addresses in tests; the API under test answers for `<slug>.test`. */
const TEST_HOSTS = ['stenungsund.test', 'tjorn.test', 'other.test'];

/**
 * Integration tests get real PostgreSQL (see the database setup) and a real OpenID provider:
 * the dev IdP as its own process, with a client registered for the test municipalities.
 */
export default async function globalSetup(): Promise<void> {
  await databaseSetup();
  const idp = await spawnDevIdp({
    clients: [
      {
        client_id: 'larnav-test',
        client_secret: 'larnav-test-secret',
        redirect_uris: TEST_HOSTS.map((host) => `http://${host}/api/auth/oidc/callback`),
        post_logout_redirect_uris: TEST_HOSTS.map((host) => `http://${host}/`),
      },
    ],
  });
  (globalThis as Record<string, unknown>)['__LARNAV_DEV_IDP__'] = idp;
  process.env['LARNAV_TEST_IDP_ISSUER'] = idp.issuer;
}
