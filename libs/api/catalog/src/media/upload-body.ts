import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Routes whose request body is a file's raw bytes, whatever Content-Type the client declares:
 * the JSON and form parsers must leave these alone (configure-app asks `takesRawUpload`), so
 * the bytes stream to storage unread and unbuffered, and are judged by their content.
 */
const RAW_UPLOAD_ROUTES: { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/catalog\/modules\/[^/]+\/media\/?$/i },
];

/** `path` is without the API prefix and query, e.g. `/catalog/modules/<id>/media`. */
export function takesRawUpload(method: string | undefined, path: string): boolean {
  return RAW_UPLOAD_ROUTES.some((route) => route.method === method && route.path.test(path));
}

/** What the client said it would send, when it said so in a usable way. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  return header !== undefined && /^\d{1,16}$/.test(header) ? Number(header) : undefined;
}

/**
 * Up to this much of a refused upload is read and thrown away, so the client, still sending,
 * reads the refusal rather than a reset connection; beyond it the connection is closed.
 */
export const DISCARD_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * After an upload was refused: discard what the client still sends, or, when more is on its
 * way than is worth reading, answer with `Connection: close` and cut the connection there.
 */
export function discardRestOfUpload(req: IncomingMessage, res: ServerResponse): void {
  if (req.readableEnded || req.destroyed) return;
  const declared = declaredLength(req);
  if (declared !== undefined && declared > DISCARD_LIMIT_BYTES) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    return;
  }
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) req.destroy();
  });
  req.resume();
}
