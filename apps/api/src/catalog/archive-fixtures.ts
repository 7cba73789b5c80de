import type { Response } from 'superagent';
import * as yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/** supertest: the body as bytes, whatever its type. */
export function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Every file of a ZIP, by name. */
export async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    files.set(entry.fileName, Buffer.concat(chunks));
  }
  return files;
}

/** A ZIP of `files`; `rename` then swaps names for ones yazl itself refuses to write (`../x`). */
export function zipOf(files: Map<string, Buffer | string>, rename: [string, string][] = []): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of files) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => {
      const bytes = Buffer.concat(chunks);
      for (const [from, to] of rename) {
        if (from.length !== to.length) throw new Error('A renamed entry keeps its length');
        // The name is in the local header and the central directory; the CRC covers only the data.
        let at = bytes.indexOf(from);
        while (at !== -1) {
          bytes.write(to, at, 'latin1');
          at = bytes.indexOf(from, at + 1);
        }
      }
      resolve(bytes);
    });
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the JSON freely
export function json(files: Map<string, Buffer>, name: string): any {
  return JSON.parse((files.get(name) as Buffer).toString('utf8'));
}
