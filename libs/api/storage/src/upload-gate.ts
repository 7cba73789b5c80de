import { Transform, TransformCallback } from 'node:stream';
import { MediaKind, MediaType, recogniseMedia, SNIFF_BYTES, tooLarge } from './media-types';

export type UploadLimits = Readonly<Record<MediaKind, number>>;

/**
 * Holds back only the first SNIFF_BYTES until the content says what it is, then lets bytes through
 * while counting them, and fails the stream the moment the kind's limit is passed.
 */
export class UploadGate extends Transform {
  /** Settles once the type is known (or refused), before any byte has passed. */
  readonly recognised: Promise<MediaType>;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private received = 0;
  private media?: MediaType;
  private settle!: { resolve: (media: MediaType) => void; reject: (error: unknown) => void };

  constructor(
    private readonly accept: readonly MediaKind[],
    private readonly limits: UploadLimits,
    private readonly declaredBytes?: number,
  ) {
    super();
    this.recognised = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.recognised.catch(() => undefined);
    this.once('close', () => this.settle.reject(new Error('The upload ended before its type was known.')));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.received += chunk.length;
    if (this.media) return done(this.limitPassed(this.media), chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < SNIFF_BYTES) return done();
    this.release().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.media) return done();
    this.release().then(() => done(), done);
  }

  private async release(): Promise<void> {
    const head = Buffer.concat(this.held);
    this.held = [];
    try {
      const media = await recogniseMedia(head, this.accept);
      const refused = this.limitPassed(media);
      if (refused) throw refused;
      this.media = media;
      this.settle.resolve(media);
    } catch (error) {
      this.settle.reject(error);
      throw error;
    }
    this.push(head);
  }

  private limitPassed(media: MediaType): Error | null {
    const max = this.limits[media.kind];
    return this.received > max || (this.declaredBytes ?? 0) > max ? tooLarge(media.kind, max) : null;
  }
}
