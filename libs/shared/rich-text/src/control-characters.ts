// C0 and C1 controls except tab and newline, and lone surrogates (PostgreSQL refuses NUL and
// broken UTF-16 in jsonb, and none of them has any business in a lesson).
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first forbidden character as `U+000B at position 12`, or null when there is none. */
export function forbiddenCharacterIn(text: string): string | null {
  const found = FORBIDDEN.exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at position ${found.index + 1}`;
}
