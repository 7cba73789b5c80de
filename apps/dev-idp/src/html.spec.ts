import { escapeHtml, html, SafeHtml } from './html';
import { signInPage } from './pages';

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
  });

  it('keeps SafeHtml and nested templates, joins arrays, drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${new SafeHtml('<hr>')}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul><hr>',
    );
    expect(escapeHtml('Åsa & "Örjan"')).toBe('Åsa &amp; &quot;Örjan&quot;');
  });
});

describe('the sign-in page', () => {
  const view = {
    action: '/interaction/abc/login',
    abortAction: '/interaction/abc/abort',
    accounts: [{ sub: 's"1', name: '<b>Sara</b>', description: 'Handläggare, Bygglov' }],
    emailDomains: ['stenungsund.se', 'tjorn.se'],
  };

  it('is Swedish, titled, and labels its field', () => {
    const page = signInPage(view);
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<title>Logga in – Lärnav (utvecklings-IdP)</title>');
    expect(page).toContain('<label for="email">Annan e-postadress</label>');
    expect(page).toContain('Alla adresser på stenungsund.se och tjorn.se godtas');
    expect(page).toContain('aria-describedby="email-hint">');
    expect(page).not.toContain('role="alert"');
  });

  it('escapes account data', () => {
    const page = signInPage(view);
    expect(page).toContain('value="s&quot;1"');
    expect(page).toContain('&lt;b&gt;Sara&lt;/b&gt;');
    expect(page).not.toContain('<b>Sara</b>');
  });

  it('ties an error to the field and focuses it', () => {
    const page = signInPage({ ...view, email: 'x@y', error: 'Fel adress <här>' });
    expect(page).toContain('<title>Fel: Logga in');
    expect(page).toContain('<p class="error" id="email-error" role="alert">Fel adress &lt;här&gt;</p>');
    expect(page).toContain('aria-describedby="email-hint email-error" aria-invalid="true" autofocus');
  });

  it('leaves out the address field when sign-in by address is off', () => {
    expect(signInPage({ ...view, emailDomains: undefined })).not.toContain('Annan e-postadress');
  });
});
