import { X509Certificate } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

const SAML_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const BINDINGS = {
  'HTTP-Redirect': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  'HTTP-POST': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
} as const;
export type SsoBinding = keyof typeof BINDINGS;

export interface IdpCertificate {
  pem: string;
  subject: string;
  validTo: Date;
  fingerprint256: string;
}

/** What Lärnav needs from an IdP's metadata (ADFS: /FederationMetadata/2007-06/FederationMetadata.xml). */
export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  ssoBinding: SsoBinding;
  /** Every certificate the IdP may sign with: more than one while it rolls its key over. */
  signingCertificates: IdpCertificate[];
}

/** The metadata cannot be used; the message says why, for the admin who pasted it. */
export class InvalidIdpMetadata extends Error {}

const select = xpath.useNamespaces({
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
});

/** Reads the IdP's entity id, sign-in address and signing certificates with an XML parser. */
export function parseIdpMetadata(xml: string): IdpMetadata {
  const document = parseXml(xml);
  // Only the SAML 2.0 IdP role: ADFS metadata also describes WS-Federation roles with other keys.
  const descriptors = elements(
    `//md:EntityDescriptor/md:IDPSSODescriptor[contains(concat(' ', normalize-space(@protocolSupportEnumeration), ' '), ' ${SAML_PROTOCOL} ')]`,
    document,
  );
  if (descriptors.length === 0)
    throw new InvalidIdpMetadata('The metadata describes no SAML 2.0 identity provider (IDPSSODescriptor).');
  if (descriptors.length > 1)
    throw new InvalidIdpMetadata('The metadata describes more than one identity provider; paste only your own.');
  const descriptor = descriptors[0];
  const entityId = (descriptor.parentNode as Element).getAttribute('entityID')?.trim();
  if (!entityId) throw new InvalidIdpMetadata('The identity provider has no entityID.');
  return { entityId, ...singleSignOn(descriptor), signingCertificates: signingCertificates(descriptor) };
}

function singleSignOn(descriptor: Element): { ssoUrl: string; ssoBinding: SsoBinding } {
  const services = elements('md:SingleSignOnService', descriptor);
  // The redirect binding keeps the AuthnRequest out of an auto-submitting page; POST is the fallback.
  for (const ssoBinding of Object.keys(BINDINGS) as SsoBinding[]) {
    const service = services.find((s) => s.getAttribute('Binding') === BINDINGS[ssoBinding]);
    const location = service?.getAttribute('Location')?.trim();
    if (location) return { ssoUrl: checkedUrl(location), ssoBinding };
  }
  throw new InvalidIdpMetadata(
    'The identity provider has no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding.',
  );
}

function signingCertificates(descriptor: Element): IdpCertificate[] {
  // A KeyDescriptor without `use` serves for signing and encryption alike.
  const nodes = elements(
    'md:KeyDescriptor[not(@use) or @use="signing"]/ds:KeyInfo/ds:X509Data/ds:X509Certificate',
    descriptor,
  );
  const certificates = nodes.map((node) => {
    try {
      const certificate = new X509Certificate(Buffer.from((node.textContent ?? '').replace(/\s+/g, ''), 'base64'));
      return {
        pem: certificate.toString(),
        subject: certificate.subject,
        validTo: new Date(certificate.validTo),
        fingerprint256: certificate.fingerprint256,
      };
    } catch {
      throw new InvalidIdpMetadata('A signing certificate in the metadata is not a valid X.509 certificate.');
    }
  });
  if (certificates.length === 0)
    throw new InvalidIdpMetadata('The identity provider has no signing certificate (KeyDescriptor use="signing").');
  return certificates;
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidIdpMetadata(`The SingleSignOnService location "${value}" is not a URL.`);
  }
  // People's passwords are typed there: only a local test IdP may go without TLS.
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local)
    throw new InvalidIdpMetadata('The SingleSignOnService location must be an https:// address.');
  return url.href;
}

function parseXml(xml: string): Document {
  const problems: string[] = [];
  const record = (message: string) => problems.push(message);
  // xmldom 0.8 only warns about unclosed or mismatched tags; metadata from an IdP is never so.
  const parser = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } });
  // A pasted document may start with a byte-order mark or a blank line, which XML forbids.
  const document = parser.parseFromString(xml.replace(/^\uFEFF/, '').trim(), 'text/xml');
  if (problems.length > 0 || !document?.documentElement) {
    const detail = problems[0]?.split('\n')[0].replace(/^\[xmldom \w+\]\s*/, '');
    throw new InvalidIdpMetadata(`The metadata is not well-formed XML${detail ? `: ${detail}` : '.'}`);
  }
  return document;
}

function elements(expression: string, node: Node): Element[] {
  const found = select(expression, node);
  return xpath.isArrayOfNodes(found) ? found.filter((n): n is Element => xpath.isElement(n)) : [];
}
