import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';

/** Passes bytes through unchanged while counting and hashing them, so nothing is read twice. */
export class DigestStream extends Transform {
  private readonly hash = createHash('sha256');
  byteCount = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.byteCount += chunk.length;
    this.hash.update(chunk);
    done(null, chunk);
  }

  /** Only once the stream has ended. */
  sha256(): string {
    return this.hash.digest('hex');
  }
}
