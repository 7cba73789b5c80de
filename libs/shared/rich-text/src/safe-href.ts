/** The only schemes a lesson's link may use; everything else (javascript:, data:, vbscript:, relative) is refused. */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto', 'tel'] as const;
export type LinkProtocol = (typeof LINK_PROTOCOLS)[number];

export const MAX_HREF_LENGTH = 2048;

// Browsers ignore these inside a scheme ("java\tscript:"), so they are removed before it is read.
const IGNORED_IN_SCHEME =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** The scheme a browser would see, lower-cased, or null when there is none (a relative or `//host` address). */
export function schemeOf(href: string): string | null {
  return SCHEME.exec(href.replace(IGNORED_IN_SCHEME, '').toLowerCase())?.[1] ?? null;
}

function isLinkProtocol(scheme: string | null): scheme is LinkProtocol {
  return LINK_PROTOCOLS.includes(scheme as LinkProtocol);
}

/**
 * Whether a link may lead here. Two readings must agree: ours, tolerant of the tricks browsers
 * forgive (case, tabs, newlines, spaces), and the WHATWG URL parser's, which browsers use.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_HREF_LENGTH) return false;
  if (!isLinkProtocol(schemeOf(href))) return false;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return false;
  }
  const protocol = url.protocol.slice(0, -1);
  if (!isLinkProtocol(protocol)) return false;
  return protocol === 'http' || protocol === 'https' ? url.hostname.length > 0 : true;
}
