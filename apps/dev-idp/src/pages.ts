import { html, SafeHtml } from './html';

const PRODUCT = 'Lärnav (utvecklings-IdP)';

// Contrast: text ≥ 7:1, borders and focus rings ≥ 3:1 against their backgrounds (WCAG 2.1 AA).
const STYLE = new SafeHtml(`
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#f2f3f5;overflow-wrap:anywhere}
.banner{background:#1b1b1b;color:#fff;padding:.5rem 1rem;margin:0}
.banner p{margin:0;max-width:40rem;margin-inline:auto}
main{max-width:40rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border:1px solid #c4c7cc;border-radius:.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
.lead{color:#3d3d3d}
.accounts{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
button{font:inherit;cursor:pointer;border-radius:.375rem;padding:.6rem 1rem;border:2px solid #1a4fa0}
.account{display:block;width:100%;text-align:left;background:#fff;color:#1b1b1b;border-color:#5c5c5c}
.account:hover{background:#eef3fb}
.account-name{display:block;font-weight:600}
.account-description{display:block;color:#3d3d3d}
.primary{background:#1a4fa0;color:#fff}
.primary:hover{background:#143d7c}
.secondary{background:#fff;color:#1a4fa0}
.secondary:hover{background:#eef3fb}
button:focus-visible,input:focus-visible{outline:3px solid #1a4fa0;outline-offset:2px}
label{display:block;font-weight:600}
.hint{margin:.25rem 0 .5rem;color:#3d3d3d}
input{display:block;width:100%;font:inherit;padding:.5rem;border:2px solid #5c5c5c;border-radius:.375rem;margin-bottom:.75rem}
input[aria-invalid="true"]{border-color:#b00020}
.error{color:#b00020;font-weight:600;margin:.25rem 0 .5rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
.cancel{margin-top:2rem;padding-top:1rem;border-top:1px solid #c4c7cc}
@media (max-width:30rem){main{margin:0;padding:1rem;border-radius:0;border-inline:0}}
`);

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="banner"><p>${PRODUCT}: bara för utveckling och test, aldrig i produktion.</p></header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

export interface SignInView {
  /** Where both sign-in forms post. */
  action: string;
  abortAction: string;
  accounts: readonly { sub: string; name: string; description?: string }[];
  /** Present when the page offers sign-in by address. */
  emailDomains?: readonly string[];
  email?: string;
  error?: string;
}

/** The sign-in page: one button per demo account, and a field for any other address. */
export function signInPage(view: SignInView): string {
  const title = `${view.error ? 'Fel: ' : ''}Logga in – ${PRODUCT}`;
  const domains = view.emailDomains ?? [];
  return page(
    title,
    html`<h1>Logga in på ${PRODUCT}</h1>
<p class="lead">Här loggar du in utan lösenord, i stället för med kommunens Microsoft Entra ID. Välj vem du vill vara.</p>
<section aria-labelledby="accounts-heading">
<h2 id="accounts-heading">Demokonton</h2>
<form method="post" action="${view.action}">
<ul class="accounts" role="list">
${view.accounts.map(
  (
    account,
  ) => html`<li><button type="submit" class="account" name="account" value="${account.sub}"><span class="account-name">${account.name}</span> <span class="account-description">${account.description ?? ''}</span></button></li>
`,
)}</ul>
</form>
</section>
${
  domains.length > 0 &&
  html`<section aria-labelledby="email-heading">
<h2 id="email-heading">Logga in med e-postadress</h2>
<form method="post" action="${view.action}" novalidate>
<label for="email">Annan e-postadress</label>
<p class="hint" id="email-hint">Alla adresser på ${listOf(domains)} godtas, till exempel en anställd i demodatan.</p>
${view.error && html`<p class="error" id="email-error" role="alert">${view.error}</p>`}
<input id="email" name="email" type="email" autocomplete="email" spellcheck="false" value="${view.email ?? ''}" aria-describedby="${view.error ? 'email-hint email-error' : 'email-hint'}"${view.error ? html` aria-invalid="true" autofocus` : ''}>
<button type="submit" class="primary">Logga in</button>
</form>
</section>`
}
<form method="post" action="${view.abortAction}" class="cancel">
<button type="submit" class="secondary">Avbryt och gå tillbaka</button>
</form>`,
  );
}

/**
 * RP-initiated logout asks before it ends the IdP session. `form` is oidc-provider's own hidden
 * form (with its anti-forgery field); the buttons submit it.
 */
export function logoutPage(form: SafeHtml, signedInAs?: string): string {
  return page(
    `Logga ut – ${PRODUCT}`,
    html`<h1>Vill du logga ut?</h1>
<p>${signedInAs ? html`Du är inloggad som <strong>${signedInAs}</strong>. ` : ''}Om du loggar ut här måste du välja konto igen nästa gång du loggar in i Lärnav.</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary">Ja, logga ut</button>
<button type="submit" form="op.logoutForm" class="secondary">Nej, förbli inloggad</button>
</div>`,
  );
}

export function loggedOutPage(): string {
  return page(
    `Utloggad – ${PRODUCT}`,
    html`<h1>Du är utloggad</h1>
<p>Du kan stänga fönstret, eller gå tillbaka till Lärnav och logga in igen.</p>`,
  );
}

export function errorPage(heading: string, message: string, details?: Record<string, unknown>): string {
  const shown = Object.entries(details ?? {}).filter(([, value]) => value !== undefined);
  return page(
    `${heading} – ${PRODUCT}`,
    html`<h1>${heading}</h1>
<p>${message}</p>
${
  shown.length > 0 &&
  html`<h2>Tekniska detaljer</h2>
<dl>${shown.map(([key, value]) => html`<dt>${key}</dt><dd><code>${String(value)}</code></dd>`)}</dl>`
}`,
  );
}

/** `a.se, b.se och c.se` */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
