import { readdir } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { SignedInSession } from '../testing/oidc-sign-in';
import type { Response } from 'supertest';

/** Every file under a local storage root, the partial-upload folder included. */
export async function filesUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function mediaRowCount(dataSource: DataSource): Promise<number> {
  return Number((await dataSource.query(`SELECT count(*) AS n FROM media_file`))[0].n);
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A POST whose body goes out in chunks without a Content-Length, as a browser streaming a file
 * or `curl -T -` sends it: the size is known to the server only as the bytes arrive.
 */
export async function postChunked(
  server: Server,
  session: SignedInSession,
  path: string,
  body: Buffer,
  chunkBytes = 64 * 1024,
): Promise<RawAnswer> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          Host: session.host,
          Cookie: session.cookie,
          'X-CSRF-Token': session.csrfToken,
          'Content-Type': 'video/mp4',
          'Transfer-Encoding': 'chunked',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    let offset = 0;
    const writeMore = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + chunkBytes);
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      req.end();
    };
    writeMore();
  });
}

/** Supertest hands a binary body over as a Buffer only when asked to collect it. */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
