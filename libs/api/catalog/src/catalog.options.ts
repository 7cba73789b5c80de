export const CATALOG_OPTIONS = Symbol('CATALOG_OPTIONS');

export interface CatalogOptions {
  /** Hosts a video block may link to: the municipality's own video service, never any site. */
  videoHosts: string[];
  /** The largest module archive an import takes. */
  importMaxBytes: number;
}

/** `*.example.se` matches every subdomain of example.se, not example.se itself. */
export function isAllowedVideoHost(url: string, hosts: string[]): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return hosts.some((allowed) =>
    allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed.toLowerCase(),
  );
}
