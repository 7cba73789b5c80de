/**
 * Percent-encodes text byte by byte as UTF-8. Unlike encodeURIComponent it does not throw on a
 * lone surrogate (which becomes U+FFFD on the wire, as a browser would send it).
 */
export function encodeComponent(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function queryString(entries: [string, string][]): string {
  return entries.length ? `?${entries.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v)}`).join('&')}` : '';
}

/** A copy of `value` with the field at `path` set (or removed, for `undefined`). */
export function withField(value: unknown, path: (string | number)[], field: unknown): unknown {
  if (path.length === 0) return field;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  if (rest.length === 0 && field === undefined) delete copy[head];
  else copy[head] = withField(copy[head], rest, field);
  return copy;
}

export function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
