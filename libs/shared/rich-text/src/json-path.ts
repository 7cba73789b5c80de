/** An object from JSON: not an array, not null, and no prototype games (`{ __proto__: … }`). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A name from untrusted input, quoted and cut short, safe to put in a message. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
