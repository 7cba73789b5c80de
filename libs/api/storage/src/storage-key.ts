// Segments start with a letter or digit, so "..", "." and hidden names (our temp folder) cannot be named.
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
const KEY = new RegExp(`^${SEGMENT}(?:/${SEGMENT}){0,15}$`);

/** Keys are relative, slash-separated names such as `tenant/<uuid>/video.mp4`; nothing that could climb out. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a valid storage key: ${JSON.stringify(key)}`);
}
