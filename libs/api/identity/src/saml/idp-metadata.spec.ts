import { generate } from 'selfsigned';
import { InvalidIdpMetadata, parseIdpMetadata } from './idp-metadata';

const body = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
const keyInfo = (pem: string) =>
  `<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>\n${body(pem)}\n</X509Certificate></X509Data></KeyInfo>`;

/** Shaped like ADFS's FederationMetadata.xml: signed, with WS-Federation roles beside the SAML one. */
function adfsMetadata(certs: { signing: string[]; encryption: string; other: string }, sso = ssoServices()): string {
  return `\uFEFF
<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_meta" entityID="http://adfs.kommun.example/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body(certs.other)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>
  <RoleDescriptor xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706">
    <KeyDescriptor use="signing">${keyInfo(certs.other)}</KeyDescriptor>
  </RoleDescriptor>
  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">${keyInfo(certs.other)}</KeyDescriptor>
  </SPSSODescriptor>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="encryption">${keyInfo(certs.encryption)}</KeyDescriptor>
    ${certs.signing.map((c) => `<KeyDescriptor use="signing">${keyInfo(c)}</KeyDescriptor>`).join('\n')}
    ${sso}
  </IDPSSODescriptor>
</EntityDescriptor>`;
}

function ssoServices(
  bindings = ['HTTP-POST', 'HTTP-Redirect'],
  location = 'https://adfs.kommun.example/adfs/ls/',
): string {
  return bindings
    .map((b) => `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:${b}" Location="${location}"/>`)
    .join('');
}

describe('parseIdpMetadata', () => {
  let signing: string;
  let next: string;
  let other: string;

  beforeAll(async () => {
    [signing, next, other] = await Promise.all(
      ['ADFS Signing', 'ADFS Signing (next)', 'Something else'].map(
        async (name) => (await generate([{ name: 'commonName', value: name }], { keySize: 2048 })).cert,
      ),
    );
  });

  it("reads the SAML IdP's entity id, redirect address and signing certificates, and nothing else", () => {
    const idp = parseIdpMetadata(adfsMetadata({ signing: [signing, next], encryption: other, other }));
    expect(idp.entityId).toBe('http://adfs.kommun.example/adfs/services/trust');
    expect(idp).toMatchObject({ ssoUrl: 'https://adfs.kommun.example/adfs/ls/', ssoBinding: 'HTTP-Redirect' });
    expect(idp.signingCertificates.map((c) => c.subject)).toEqual(['CN=ADFS Signing', 'CN=ADFS Signing (next)']);
    expect(idp.signingCertificates[0].pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(idp.signingCertificates[0].validTo.getTime()).toBeGreaterThan(Date.now());
  });

  it('takes the POST binding when the IdP offers no redirect', () => {
    const idp = parseIdpMetadata(
      adfsMetadata({ signing: [signing], encryption: other, other }, ssoServices(['HTTP-POST'])),
    );
    expect(idp.ssoBinding).toBe('HTTP-POST');
  });

  it.each([
    ['not XML at all', () => 'paste the metadata here', /not well-formed XML/],
    [
      'broken XML',
      () => adfsMetadata({ signing: [signing], encryption: other, other }).replace('</IDPSSODescriptor>', ''),
      /not well-formed XML/,
    ],
    [
      'no IdP in it',
      () => '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>',
      /no SAML 2.0 identity provider/,
    ],
    ['no signing certificate', () => adfsMetadata({ signing: [], encryption: other, other }), /no signing certificate/],
    [
      'a certificate that is not one',
      () => adfsMetadata({ signing: ['bm90IGEgY2VydA=='], encryption: other, other }),
      /not a valid X.509/,
    ],
    [
      'no usable sign-in address',
      () => adfsMetadata({ signing: [signing], encryption: other, other }, ssoServices(['SOAP'])),
      /no SingleSignOnService/,
    ],
    [
      'a sign-in address without TLS',
      () =>
        adfsMetadata(
          { signing: [signing], encryption: other, other },
          ssoServices(undefined, 'http://adfs.kommun.example/adfs/ls/'),
        ),
      /https/,
    ],
  ])('refuses %s with a reason an admin understands', (_name, xml, reason) => {
    expect(() => parseIdpMetadata(xml())).toThrow(InvalidIdpMetadata);
    expect(() => parseIdpMetadata(xml())).toThrow(reason);
  });
});
