import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
/*
 * oidc-provider 9 is ESM-only, and this app is CommonJS like the API (Nest, Jest and the webpack
 * build all are). Node ≥ 20.19 loads an ES module with require() when it has no top-level await,
 * which oidc-provider has not, so the `import` below compiles to a plain require(): no dynamic
 * import(), no async loader, no second module system. package.json's engines already asks for 20.19.
 * (oidc-provider prints an "Unsupported runtime" notice on Node 20: its authors test on 22+. The
 * integration tests run the full flow on this Node, which is what the dev IdP needs.)
 */
import Provider from 'oidc-provider';
import { AccountDirectory, DevAccount, DevClient, EmailSignIn } from './account-directory';
import { interactionRoutes, send } from './interactions';
import { errorPage } from './pages';
import { providerConfiguration } from './provider-configuration';

export type { DevAccount, DevClient, EmailSignIn } from './account-directory';

export interface DevIdpOptions {
  /** 0 picks a free port; the issuer then names the port actually bound. */
  port: number;
  /** Defaults to 127.0.0.1: the IdP signs anyone in without a password, so it stays off the network. */
  host?: string;
  /** Defaults to `http://localhost:<port>`. Must be an origin without a path. */
  issuer?: string;
  clients: DevClient[];
  accounts: DevAccount[];
  /** Offers an address field beside the account buttons when given. */
  emailSignIn?: EmailSignIn;
}

export interface RunningDevIdp {
  issuer: string;
  stop(): Promise<void>;
}

/** Starts a real OpenID Connect provider, listening once the returned promise resolves. */
export async function startDevIdp(options: DevIdpOptions): Promise<RunningDevIdp> {
  const directory = new AccountDirectory(options.accounts, options.emailSignIn);
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    send(res, 503, errorPage('Startar', 'Inloggningstjänsten startar. Försök igen om en stund.'));
  const server = createServer((req, res) => handle(req, res));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  try {
    // The issuer is known only now when port 0 let the system choose.
    const { port } = server.address() as AddressInfo;
    const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/+$/, '');
    if (new URL(issuer).pathname !== '/') throw new Error(`The dev IdP's issuer must have no path: ${issuer}`);

    const provider = new Provider(issuer, providerConfiguration(options.clients, directory));
    provider.on('server_error', (_ctx, error) => console.error('Dev IdP: server error', error));
    const interactions = interactionRoutes(provider, directory);
    const providerCallback = provider.callback();
    handle = (req, res) => {
      const { pathname } = new URL(req.url ?? '/', issuer);
      interactions(req, res, pathname)
        .then((handled) => (handled ? undefined : providerCallback(req, res)))
        .catch((error) => {
          console.error('Dev IdP: request failed', error);
          if (!res.headersSent)
            send(res, 500, errorPage('Något gick fel', 'Inloggningstjänsten råkade ut för ett fel.'));
        });
    };

    return { issuer, stop: () => close(server) };
  } catch (error) {
    await close(server);
    throw error;
  }
}

function close(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    // Browsers and fetch keep connections alive; without this, close() would wait for them.
    server.closeAllConnections();
  });
}
