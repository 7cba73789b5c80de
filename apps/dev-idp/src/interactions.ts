import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { AccountDirectory } from './account-directory';
import { errorPage, signInPage } from './pages';

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;
const MAX_FORM_BYTES = 16 * 1024;
const EXPIRED =
  'Inloggningen har gått ut eller startades i en annan webbläsare. Gå tillbaka till Lärnav och logga in igen.';

/**
 * The sign-in pages that oidc-provider sends the browser to (`/interaction/:uid`), in place of
 * its devInteractions. Returns false for any other path.
 *
 * No CSRF token of our own: every handler starts with `interactionDetails`, which only succeeds
 * when the request carries the signed, httpOnly, SameSite=Lax `_interaction` cookie that
 * oidc-provider set for exactly this uid, scoped to this path. A cross-site form post sends no
 * Lax cookie, and another site cannot learn the victim's unguessable uid.
 */
export function interactionRoutes(provider: Provider, directory: AccountDirectory) {
  return async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    const match = ROUTE.exec(pathname);
    if (!match) return false;
    const [, uid, action] = match;
    try {
      if (!action && (req.method === 'GET' || req.method === 'HEAD')) await show(req, res, uid);
      else if (action === 'login' && req.method === 'POST') await login(req, res, uid);
      else if (action === 'abort' && req.method === 'POST') await abort(req, res, uid);
      else send(res, 405, errorPage('Metoden stöds inte', 'Sidan kan inte användas så.'));
    } catch (error) {
      if (error instanceof errors.SessionNotFound || error instanceof FormError) {
        const message = error instanceof FormError ? error.message : EXPIRED;
        send(res, 400, errorPage('Inloggningen kunde inte fortsätta', message));
      } else {
        console.error('Dev IdP: interaction failed', error);
        if (!res.headersSent) send(res, 500, errorPage('Något gick fel', 'Inloggningstjänsten råkade ut för ett fel.'));
      }
    }
    return true;
  };

  async function show(req: IncomingMessage, res: ServerResponse, uid: string) {
    const interaction = await details(req, res, uid);
    if (interaction.prompt.name === 'consent') {
      // Only reached if loadExistingGrant did not cover the request: grant it, as an Entra
      // tenant does for an app its administrator has consented to.
      await grantConsent(req, res, interaction);
      return;
    }
    const loginHint = interaction.params['login_hint'];
    send(res, 200, signInPage(view(uid, { email: typeof loginHint === 'string' ? loginHint : undefined })));
  }

  async function login(req: IncomingMessage, res: ServerResponse, uid: string) {
    const interaction = await details(req, res, uid);
    if (interaction.prompt.name === 'consent') throw new FormError('Det här steget är inte en inloggning.');
    const form = await readForm(req);
    const sub = form.get('account');
    const email = form.get('email');
    let account;
    if (sub !== null) {
      account = directory.findListed(sub);
      if (!account) throw new FormError('Kontot finns inte. Gå tillbaka och välj ett av demokontona.');
    } else {
      const address = (email ?? '').trim();
      const refusal = !address
        ? 'Skriv en e-postadress.'
        : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
          ? 'Skriv e-postadressen som namn@kommun.se.'
          : undefined;
      account = refusal ? undefined : directory.signInByEmail(address);
      if (!account) {
        const error =
          refusal ??
          `Det finns inget konto för ${address} här. Använd en adress på ${directory.emailSignIn?.domains.join(' eller ') ?? 'en känd kommun'}.`;
        send(res, 400, signInPage(view(uid, { email: address, error })));
        return;
      }
    }
    console.log(`Dev IdP: signed in ${account.email} (${account.name})`);
    // `select_account: {}` also answers prompt=select_account, which Entra clients may send.
    await provider.interactionFinished(
      req,
      res,
      { select_account: {}, login: { accountId: account.sub, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  }

  async function abort(req: IncomingMessage, res: ServerResponse, uid: string) {
    await details(req, res, uid);
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Användaren avbröt inloggningen.' },
      { mergeWithLastSubmission: false },
    );
  }

  async function details(req: IncomingMessage, res: ServerResponse, uid: string) {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) throw new FormError(EXPIRED);
    return interaction;
  }

  async function grantConsent(
    req: IncomingMessage,
    res: ServerResponse,
    interaction: Awaited<ReturnType<Provider['interactionDetails']>>,
  ) {
    const accountId = interaction.session?.accountId;
    const clientId = interaction.params['client_id'];
    if (!accountId || typeof clientId !== 'string') throw new FormError(EXPIRED);
    const grant =
      (interaction.grantId && (await provider.Grant.find(interaction.grantId))) ||
      new provider.Grant({ accountId, clientId });
    const { missingOIDCScope, missingOIDCClaims } = interaction.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  function view(uid: string, state: { email?: string; error?: string }) {
    return {
      action: `/interaction/${uid}/login`,
      abortAction: `/interaction/${uid}/abort`,
      accounts: directory.listed,
      emailDomains: directory.emailSignIn?.domains,
      ...state,
    };
  }
}

/** A request the pages cannot act on; the message is shown to the user, in Swedish. */
class FormError extends Error {}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new FormError('Formuläret skickades i fel format.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new FormError('Formuläret är för stort.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function send(res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No scripts at all; forms may still post to the provider and be redirected to the client.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(page);
}
