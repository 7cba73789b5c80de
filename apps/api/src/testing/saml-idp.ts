import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { generate } from 'selfsigned';
import { SignedXml } from 'xml-crypto';
import * as xpath from 'xpath';

const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
};
const select = xpath.useNamespaces(NS);

export const PERSISTENT_NAME_ID = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

export interface KeyPair {
  privateKey: string;
  certificate: string;
}

/** An AuthnRequest as the IdP received it from the browser's redirect. */
export interface ReceivedRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  relayState: string | null;
}

/** The person the IdP vouches for: a NameID and attributes under their claim types. */
export interface SamlUser {
  nameId: string;
  nameIdFormat?: string;
  attributes?: Record<string, string | string[]>;
}

export interface ResponseOptions {
  /** Which signatures to put on; ADFS by default signs the assertion only. */
  sign?: 'assertion' | 'response' | 'both' | 'none';
  /** Sign with this key instead of the IdP's own. */
  signWith?: KeyPair;
  audience?: string;
  /** Name another entity as the issuer (still signed with this IdP's key). */
  issuer?: string;
  issuedAt?: Date;
  notOnOrAfter?: Date;
  /** Changes the assertion after signing, as an attacker in the browser could. */
  alter?: (assertion: Element) => void;
}

/**
 * A SAML identity provider run inside the test, like an ADFS: its metadata with a self-signed
 * signing certificate, and SAML Responses signed with xml-crypto (enveloped signatures,
 * exclusive canonicalization, RSA-SHA256) for whatever AuthnRequest the API sent it.
 */
export class TestSamlIdp {
  readonly ssoUrl: string;

  private constructor(
    readonly entityId: string,
    readonly keys: KeyPair,
  ) {
    this.ssoUrl = `${new URL(entityId).origin}/adfs/ls/`;
  }

  static async start(entityId = 'https://adfs.stenungsund.example/adfs/services/trust'): Promise<TestSamlIdp> {
    return new TestSamlIdp(entityId, await newKeyPair('ADFS Signing - adfs.stenungsund.example'));
  }

  /** The IdP's metadata, as ADFS publishes it at /FederationMetadata/2007-06/FederationMetadata.xml. */
  metadata(certificate: string | null = this.keys.certificate, bindings = ['HTTP-Redirect', 'HTTP-POST']): string {
    const keyDescriptor = certificate
      ? `<KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${certificateBody(certificate)}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>`
      : '';
    return `<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="${NS.md}" entityID="${this.entityId}">
  <IDPSSODescriptor protocolSupportEnumeration="${NS.samlp}">
    ${keyDescriptor}
    ${bindings.map((b) => `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:${b}" Location="${this.ssoUrl}"/>`).join('\n    ')}
  </IDPSSODescriptor>
</EntityDescriptor>`;
  }

  /** Reads the AuthnRequest from the URL the API redirected the browser to. */
  receive(redirectUrl: string): ReceivedRequest {
    const url = new URL(redirectUrl);
    if (url.origin + url.pathname !== this.ssoUrl) throw new Error(`Not this IdP's address: ${redirectUrl}`);
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
    return readRequest(xml, url.searchParams.get('RelayState'));
  }

  /** Reads the AuthnRequest from the form the API's page posts (the HTTP-POST binding: not deflated). */
  receiveForm(form: Record<string, string>): ReceivedRequest {
    return readRequest(Buffer.from(form['SAMLRequest'] ?? '', 'base64').toString('utf8'), form['RelayState'] ?? null);
  }

  /** The form the IdP's page posts to the API's ACS URL. */
  respond(request: ReceivedRequest, user: SamlUser, options: ResponseOptions = {}): Record<string, string> {
    let xml = this.responseXml(request, user, options);
    const keys = options.signWith ?? this.keys;
    if (options.sign !== 'none' && options.sign !== 'response') xml = sign(xml, 'Assertion', keys);
    if (options.sign === 'response' || options.sign === 'both') xml = sign(xml, 'Response', keys);
    // Every response is parsed and re-serialized, so each accepted one shows that this alone
    // keeps the signature valid: an altered response is refused for the alteration.
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    if (options.alter) options.alter(select('//saml:Assertion', document, true) as Element);
    const form: Record<string, string> = {
      SAMLResponse: Buffer.from(new XMLSerializer().serializeToString(document)).toString('base64'),
    };
    if (request.relayState) form['RelayState'] = request.relayState;
    return form;
  }

  private responseXml(request: ReceivedRequest, user: SamlUser, options: ResponseOptions): string {
    const issued = options.issuedAt ?? new Date();
    const until = options.notOnOrAfter ?? new Date(issued.getTime() + 5 * 60_000);
    const [responseId, assertionId] = [newId(), newId()];
    const issuer = escape(options.issuer ?? this.entityId);
    const attributes = Object.entries(user.attributes ?? {})
      .map(([name, value]) => {
        const values = (Array.isArray(value) ? value : [value]).map(
          (v) => `<saml:AttributeValue>${escape(v)}</saml:AttributeValue>`,
        );
        return `<saml:Attribute Name="${escape(name)}">${values.join('')}</saml:Attribute>`;
      })
      .join('');
    return (
      `<samlp:Response xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${responseId}" Version="2.0" IssueInstant="${issued.toISOString()}" Destination="${escape(request.acsUrl)}" InResponseTo="${escape(request.id)}">` +
      `<saml:Issuer>${issuer}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${issued.toISOString()}">` +
      `<saml:Issuer>${issuer}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="${user.nameIdFormat ?? PERSISTENT_NAME_ID}">${escape(user.nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${escape(request.id)}" NotOnOrAfter="${until.toISOString()}" Recipient="${escape(request.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${issued.toISOString()}" NotOnOrAfter="${until.toISOString()}"><saml:AudienceRestriction><saml:Audience>${escape(options.audience ?? request.issuer)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
      `<saml:AuthnStatement AuthnInstant="${issued.toISOString()}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `</saml:Assertion></samlp:Response>`
    );
  }
}

function readRequest(xml: string, relayState: string | null): ReceivedRequest {
  const request = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (request?.localName !== 'AuthnRequest' || request.namespaceURI !== NS.samlp)
    throw new Error(`Not an AuthnRequest: ${xml.slice(0, 200)}`);
  return {
    id: request.getAttribute('ID') ?? '',
    issuer: String(select('string(saml:Issuer)', request)),
    acsUrl: request.getAttribute('AssertionConsumerServiceURL') ?? '',
    relayState,
  };
}

export async function newKeyPair(commonName: string): Promise<KeyPair> {
  const pems = await generate([{ name: 'commonName', value: commonName }], { keySize: 2048, algorithm: 'sha256' });
  return { privateKey: pems.private, certificate: pems.cert };
}

/** An enveloped signature on the element, placed after its Issuer as the SAML schema wants. */
function sign(xml: string, element: 'Assertion' | 'Response', keys: KeyPair): string {
  const signature = new SignedXml({
    privateKey: keys.privateKey,
    publicCert: keys.certificate,
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  });
  const target = `//*[local-name(.)='${element}']`;
  signature.addReference({
    xpath: target,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signature.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `${target}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signature.getSignedXml();
}

function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

function newId(): string {
  return `_${randomBytes(16).toString('hex')}`;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
