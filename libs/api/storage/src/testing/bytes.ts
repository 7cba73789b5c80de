import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

/** Deterministic, incompressible-looking bytes: a counter run through SHA-256, block by block. */
export function patternBytes(size: number, seed = 'larnav'): Buffer {
  const out = Buffer.alloc(size);
  for (let at = 0, block = 0; at < size; at += 32, block++) {
    createHash('sha256').update(`${seed}:${block}`).digest().copy(out, at);
  }
  return out;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A body delivered in chunks of `chunkSize`, as a network would. */
export function chunked(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    })(),
  );
}

/** A body that sends `bytes` and then fails, like a client that drops the connection. */
export function failingAfter(bytes: Buffer, error = new Error('connection lost')): Readable {
  return Readable.from(
    (async function* () {
      yield* chunked(bytes);
      throw error;
    })(),
  );
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
