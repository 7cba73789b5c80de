import { demoAccounts, demoEmailSignIn } from './demo-directory';
import { DevClient, startDevIdp } from './dev-idp';

/**
 * The dev IdP as a process: `node dist/apps/dev-idp/main.js`, started by `npm start` beside the API
 * and by the tests (src/testing/spawn-dev-idp.ts), which wait for the "ready" line below.
 *
 *   DEV_IDP_PORT     default 3001; 0 picks a free port
 *   DEV_IDP_HOST     default 127.0.0.1
 *   DEV_IDP_ISSUER   default http://localhost:<port>
 *   DEV_IDP_CLIENTS  JSON array of { client_id, client_secret, redirect_uris, post_logout_redirect_uris }
 */
const DEFAULT_CLIENTS: DevClient[] = [
  {
    client_id: 'larnav-dev',
    client_secret: 'larnav-dev-secret',
    redirect_uris: ['http://localhost:3000/api/auth/oidc/callback'],
    post_logout_redirect_uris: ['http://localhost:3000/'],
  },
];

async function main(): Promise<void> {
  const env = process.env;
  const idp = await startDevIdp({
    port: parsePort(env['DEV_IDP_PORT'] ?? '3001'),
    host: env['DEV_IDP_HOST'] || undefined,
    issuer: env['DEV_IDP_ISSUER'] || undefined,
    clients: env['DEV_IDP_CLIENTS'] ? parseClients(env['DEV_IDP_CLIENTS']) : DEFAULT_CLIENTS,
    accounts: demoAccounts(),
    emailSignIn: demoEmailSignIn,
  });
  console.log(`Dev IdP ready at ${idp.issuer}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Dev IdP stopping (${signal})`);
    idp.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`DEV_IDP_PORT is not a port: ${value}`);
  return port;
}

function parseClients(json: string): DevClient[] {
  const value: unknown = JSON.parse(json);
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!Array.isArray(value) || value.length === 0) throw new Error('DEV_IDP_CLIENTS must be a non-empty JSON array');
  return value.map((client, i) => {
    const { client_id, client_secret, redirect_uris, post_logout_redirect_uris = [] } = client ?? {};
    if (
      typeof client_id !== 'string' ||
      typeof client_secret !== 'string' ||
      !strings(redirect_uris) ||
      !strings(post_logout_redirect_uris)
    ) {
      throw new Error(
        `DEV_IDP_CLIENTS[${i}] needs client_id and client_secret (strings), redirect_uris and post_logout_redirect_uris (string arrays)`,
      );
    }
    return { client_id, client_secret, redirect_uris, post_logout_redirect_uris };
  });
}

main().catch((error) => {
  console.error('Dev IdP failed to start:', error);
  process.exit(1);
});
