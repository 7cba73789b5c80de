import { DOMParser } from '@xmldom/xmldom';
import request from 'supertest';
import { TestBrowser } from '../testing/browser';
import { KeyPair, newKeyPair, ResponseOptions, SamlUser, TestSamlIdp } from '../testing/saml-idp';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

const CLAIM = {
  objectId: 'http://schemas.microsoft.com/identity/claims/objectidentifier',
  tenantId: 'http://schemas.microsoft.com/identity/claims/tenantid',
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  displayName: 'http://schemas.microsoft.com/identity/claims/displayname',
  groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  role: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
};
/** The municipality's directory, and its "Bygglov" group, as its IdP names them. */
const DIRECTORY = '5d3e7c1a-0000-4000-8000-00000000d001';
const BYGGLOV_GROUP = '5d3e7c1a-0000-4000-8000-00000000b001';
const SIGN_IN_FAILED = '/sign-in?error=sign_in_failed';

function employee(id: string, attributes: Record<string, string | string[]> = {}): SamlUser {
  return {
    nameId: `adfs-${id}`,
    attributes: {
      [CLAIM.objectId]: `5d3e7c1a-0000-4000-8000-${id.padStart(12, '0')}`,
      [CLAIM.tenantId]: DIRECTORY,
      [CLAIM.email]: `${id}@stenungsund.se`,
      [CLAIM.displayName]: `Anställd ${id}`,
      ...attributes,
    },
  };
}

/**
 * Sign-in through the municipality's SAML IdP (an ADFS stand-in that the test runs itself):
 * the API's login redirect carries an AuthnRequest, the IdP signs a response for it, and the
 * browser posts that to the API's ACS URL, cross-site, without the session cookie.
 */
describe('sign-in with SAML', () => {
  let t: TestApp;
  let host: string;
  let idp: TestSamlIdp;
  let stranger: KeyPair;
  let admin: ReturnType<TestApp['as']>;
  let bygglov: string;
  let methodsBefore: { saml: boolean };

  beforeAll(async () => {
    t = await createTestApp();
    let rootId: string;
    ({ host, rootId } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
    [idp, stranger] = await Promise.all([TestSamlIdp.start(), newKeyPair('Not the IdP')]);
    methodsBefore = (await t.at(host).get('/api/auth/methods').expect(200)).body;

    admin = t.as(await t.signIn(host, ACCOUNT.admin));
    await admin
      .put('/api/admin/sign-in/saml')
      .send({ metadata: idp.metadata(), idpTenantId: DIRECTORY, emailDomains: ['stenungsund.se'] })
      .expect(200);
    bygglov = (await admin.post('/api/org-units').send({ parentId: rootId, name: 'Bygglov', code: 'BYGG' }).expect(201))
      .body.id;
    await admin
      .post('/api/admin/claim-mappings')
      .send({
        claim: 'groups',
        value: BYGGLOV_GROUP,
        effect: 'unit',
        orgUnitId: bygglov,
        jobRole: 'bygglovshandläggare',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  /** The whole round trip; `options` decide what the IdP sends back. */
  async function signInWithSaml(user: SamlUser, options: ResponseOptions = {}, returnTo = '/') {
    const browser = new TestBrowser(t.app.getHttpServer());
    const toIdp = await browser.send(
      'GET',
      `http://${host}/api/auth/saml/login?returnTo=${encodeURIComponent(returnTo)}`,
    );
    expect(toIdp.status).toBe(302);
    const authnRequest = idp.receive(toIdp.location ?? '');
    const form = idp.respond(authnRequest, user, options);
    const landed = await browser.send('POST', authnRequest.acsUrl, form);
    return { browser, authnRequest, form, landed };
  }

  const me = (browser: TestBrowser) =>
    request(t.app.getHttpServer()).get('/api/auth/me').set('Host', host).set('Cookie', browser.cookieHeader(host));

  it('publishes the service-provider metadata that the municipality imports into ADFS', async () => {
    const response = await t.at(host).get('/api/auth/saml/metadata').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/samlmetadata\+xml/);
    const document = new DOMParser().parseFromString(response.text, 'text/xml');
    expect(document.documentElement.getAttribute('entityID')).toBe(`http://${host}/api/auth/saml/metadata`);
    const sp = document.getElementsByTagName('SPSSODescriptor')[0];
    expect(sp.getAttribute('WantAssertionsSigned')).toBe('true');
    const acs = document.getElementsByTagName('AssertionConsumerService')[0];
    expect(acs.getAttribute('Location')).toBe(`http://${host}/api/auth/saml/callback`);
    expect(acs.getAttribute('Binding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
  });

  it('offers SAML once an admin has set it up, and shows the admin what was read from the metadata', async () => {
    expect(methodsBefore.saml).toBe(false);
    expect((await t.at(host).get('/api/auth/methods').expect(200)).body).toEqual({ oidc: true, saml: true });
    const settings = (await admin.get('/api/admin/sign-in/saml').expect(200)).body;
    expect(settings.idp).toMatchObject({ entityId: idp.entityId, ssoUrl: idp.ssoUrl, ssoBinding: 'HTTP-Redirect' });
    expect(settings.idp.signingCertificates).toEqual([expect.objectContaining({ validTo: expect.any(String) })]);
    expect(settings.serviceProvider.acsUrl).toBe(`http://${host}/api/auth/saml/callback`);
    expect(settings).toMatchObject({ idpTenantId: DIRECTORY, emailDomains: ['stenungsund.se'], enabled: true });
  });

  it('signs a new person in, placed by the group mapping, with roles from the role claim', async () => {
    const user = employee('1001', { [CLAIM.groups]: [BYGGLOV_GROUP, 'another-group'], [CLAIM.role]: 'Larnav.Trainer' });
    const { browser, authnRequest, landed } = await signInWithSaml(user, {}, '/organisation?at=2025-01-01');
    expect(authnRequest).toMatchObject({
      issuer: `http://${host}/api/auth/saml/metadata`,
      acsUrl: `http://${host}/api/auth/saml/callback`,
      relayState: '/organisation?at=2025-01-01',
    });
    expect(landed.status).toBe(303);
    expect(landed.location).toBe('/organisation?at=2025-01-01');

    const signedIn = (await me(browser).expect(200)).body;
    expect(signedIn.person).toMatchObject({ name: 'Anställd 1001', email: '1001@stenungsund.se' });
    expect(signedIn.roles).toEqual(expect.arrayContaining(['learner', 'trainer']));
    const person = (await admin.get(`/api/people/${signedIn.person.id}`).expect(200)).body;
    expect(person.externalId).toBe(user.attributes?.[CLAIM.objectId]);
    expect(person.employments).toEqual([
      expect.objectContaining({ orgUnitId: bygglov, jobRole: 'bygglovshandläggare', endDate: null }),
    ]);
  });

  it('links later sign-ins to the same person and takes roles the IdP no longer sends away', async () => {
    const first = await signInWithSaml(employee('1002', { [CLAIM.role]: 'Larnav.Trainer' }));
    const before = (await me(first.browser).expect(200)).body;
    expect(before.roles).toContain('trainer');
    // Signed over the response and the assertion both, as Entra ID can be set to do.
    const second = await signInWithSaml(employee('1002'), { sign: 'both' });
    const after = (await me(second.browser).expect(200)).body;
    expect(after.person.id).toBe(before.person.id);
    expect(after.roles).toEqual(['learner']);
  });

  describe('refuses', () => {
    const now = () => Date.now();
    const latestFailure = async () => {
      const events = (await admin.get('/api/audit?limit=20').expect(200)).body as {
        action: string;
        details: Record<string, unknown>;
      }[];
      return events.find((e) => e.action === 'sign-in-failed')?.details;
    };
    // Each case changes one thing in a response that is otherwise accepted (the sign-ins above).
    const cases: [string, () => ResponseOptions, RegExp][] = [
      ['an unsigned response', () => ({ sign: 'none' }), /Invalid signature/],
      [
        'a response whose assertion is unsigned (only the envelope signed)',
        () => ({ sign: 'response' }),
        /Invalid signature/,
      ],
      ['a response signed by a key not in the metadata', () => ({ signWith: stranger }), /Invalid signature/],
      [
        'an assertion altered after signing',
        () => ({
          alter: (assertion) => {
            const nameId = assertion.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'NameID')[0];
            (nameId.firstChild as Text).data = 'adfs-someone-else';
          },
        }),
        /Invalid signature/,
      ],
      [
        'an expired assertion (NotOnOrAfter passed)',
        () => ({ issuedAt: new Date(now() - 4 * 60_000), notOnOrAfter: new Date(now() - 2 * 60_000) }),
        /expired: clocks skewed/,
      ],
      [
        'an assertion issued too long ago, however long it claims to last',
        () => ({ issuedAt: new Date(now() - 20 * 60_000), notOnOrAfter: new Date(now() + 40 * 60_000) }),
        /too old/,
      ],
      [
        'an assertion for another audience',
        () => ({ audience: 'http://tjorn.test/api/auth/saml/metadata' }),
        /audience mismatch/,
      ],
      [
        'an assertion naming another issuer, though signed with the right key',
        () => ({ issuer: 'https://adfs.elsewhere.example/adfs/services/trust' }),
        /issuer/,
      ],
    ];

    it.each(cases)('%s: no session, back to the sign-in page, audited', async (_name, options, reason) => {
      const { browser, landed } = await signInWithSaml(employee('2001'), options());
      expect(landed.status).toBe(303);
      expect(landed.location).toBe(SIGN_IN_FAILED);
      expect(browser.cookie(host, 'larnav.sid')).toBeUndefined();
      await me(browser).expect(401);
      expect(await latestFailure()).toMatchObject({ method: 'saml', reason: expect.stringMatching(reason) });
    });

    it('a response posted a second time', async () => {
      const { form, authnRequest, browser } = await signInWithSaml(employee('2002'));
      await me(browser).expect(200);
      const replayer = new TestBrowser(t.app.getHttpServer());
      const replay = await replayer.send('POST', authnRequest.acsUrl, form);
      expect(replay.location).toBe(SIGN_IN_FAILED);
      await me(replayer).expect(401);
      expect(await latestFailure()).toMatchObject({ method: 'saml', reason: expect.stringMatching(/already used/) });
    });

    it("an account from another organisation's directory", async () => {
      const { landed } = await signInWithSaml(employee('2003', { [CLAIM.tenantId]: 'another-directory' }));
      expect(landed.location).toBe(SIGN_IN_FAILED);
      expect(await latestFailure()).toMatchObject({
        method: 'saml',
        reason: expect.stringMatching(/another organisation/),
      });
    });
  });

  it('sends a return path too long for RelayState to the start page instead', async () => {
    const { authnRequest, landed } = await signInWithSaml(
      employee('1003'),
      {},
      `/organisation?note=${'x'.repeat(100)}`,
    );
    expect(authnRequest.relayState).toBe('/');
    expect(landed.location).toBe('/');
  });

  it('answers a municipality without SAML that it is not set up', async () => {
    const { host: tjorn } = await t.createTenant('tjorn', 'Tjörns kommun');
    expect((await t.at(tjorn).get('/api/auth/saml/login').expect(404)).body.code).toBe('sign_in_not_configured');
    const callback = await t
      .at(tjorn)
      .post('/api/auth/saml/callback')
      .type('form')
      .send({ SAMLResponse: 'PHg+' })
      .expect(303);
    expect(callback.headers['location']).toBe(SIGN_IN_FAILED);
  });

  describe('with an IdP that takes the AuthnRequest by HTTP-POST only', () => {
    beforeAll(async () => {
      const saved = await admin
        .put('/api/admin/sign-in/saml')
        .send({ metadata: idp.metadata(undefined, ['HTTP-POST']) })
        .expect(200);
      expect(saved.body).toMatchObject({
        idp: { ssoBinding: 'HTTP-POST' },
        idpTenantId: DIRECTORY,
        emailDomains: ['stenungsund.se'],
      });
    });
    afterAll(() => admin.put('/api/admin/sign-in/saml').send({ metadata: idp.metadata() }).expect(200));

    it('sends the browser a self-submitting form, and signs in from the response', async () => {
      const browser = new TestBrowser(t.app.getHttpServer());
      const page = await browser.send(
        'GET',
        `http://${host}/api/auth/saml/login?returnTo=${encodeURIComponent('/kurser')}`,
      );
      expect(page.status).toBe(200);
      expect(page.body).toContain(`action="${idp.ssoUrl}"`);
      const inputs = Object.fromEntries(
        [...page.body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
      const authnRequest = idp.receiveForm(inputs);
      expect(authnRequest).toMatchObject({ acsUrl: `http://${host}/api/auth/saml/callback`, relayState: '/kurser' });
      const landed = await browser.send('POST', authnRequest.acsUrl, idp.respond(authnRequest, employee('1004')));
      expect(landed.location).toBe('/kurser');
      await me(browser).expect(200);
    });
  });

  describe('the admin endpoint', () => {
    it('refuses metadata that does not read, or that names no signing certificate, with a clear 400', async () => {
      const notXml = await admin
        .put('/api/admin/sign-in/saml')
        .send({ metadata: 'Federation metadata goes here' })
        .expect(400);
      expect(notXml.body).toMatchObject({
        code: 'validation_failed',
        detail: expect.stringMatching(/not well-formed XML/),
      });
      const noCertificate = await admin
        .put('/api/admin/sign-in/saml')
        .send({ metadata: idp.metadata(null) })
        .expect(400);
      expect(noCertificate.body.detail).toMatch(/no signing certificate/);
      // The settings that work are still in place.
      expect((await admin.get('/api/admin/sign-in/saml').expect(200)).body.idp.entityId).toBe(idp.entityId);
    });

    it('is for admins only', async () => {
      const learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
      await learner.get('/api/admin/sign-in/saml').expect(403);
      await learner.put('/api/admin/sign-in/saml').send({ metadata: idp.metadata() }).expect(403);
    });
  });
});
