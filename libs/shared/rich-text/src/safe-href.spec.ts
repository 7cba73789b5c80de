import { XSS_PAYLOADS } from './testing/xss-payloads';
import { isSafeHref, MAX_HREF_LENGTH, schemeOf } from './safe-href';

describe('isSafeHref', () => {
  it.each([
    'https://www.stenungsund.se/bygglov',
    'http://example.se',
    'mailto:hr@tjorn.se?subject=Fr%C3%A5ga',
    'tel:+46303730000',
    'HTTPS://EXAMPLE.SE',
  ])('lets %s through', (href) => expect(isSafeHref(href)).toBe(true));

  it.each(XSS_PAYLOADS.filter((p) => p.kind === 'url').map((p) => p.payload))('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('refuses relative addresses, which would depend on the page they are shown on', () => {
    expect(isSafeHref('/lessons/1')).toBe(false);
    expect(isSafeHref('lessons/1')).toBe(false);
    expect(isSafeHref('#top')).toBe(false);
  });

  it('refuses what is not a string, empty or too long', () => {
    expect(isSafeHref(undefined)).toBe(false);
    expect(isSafeHref(42)).toBe(false);
    expect(isSafeHref('')).toBe(false);
    expect(isSafeHref(`https://example.se/${'a'.repeat(MAX_HREF_LENGTH)}`)).toBe(false);
  });
});

describe('schemeOf', () => {
  it('reads the scheme as a browser would, through case, tabs, newlines and spaces', () => {
    expect(schemeOf(' \u0000Ja\tVa\nSc\rRi\u200bPt :alert(1)')).toBe('javascript');
  });

  it('finds none in a relative or protocol-relative address', () => {
    expect(schemeOf('//evil.example')).toBeNull();
    expect(schemeOf('javascript&#58;alert(1)')).toBeNull();
  });
});
