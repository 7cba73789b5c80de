import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestStream } from './digest-stream';
import { ByteRange, FileStorage, ObjectNotFoundError, RangeNotSatisfiableError, StoredObject } from './file-storage';
import { assertStorageKey } from './storage-key';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server; unset: AWS. */
  endpoint?: string;
  /** Address buckets by path (`host/bucket/key`), as MinIO and most self-hosted servers need. */
  forcePathStyle?: boolean;
  /** Unset: the SDK's credential chain (environment, instance or pod role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Multipart parts held in memory per upload: partSize × queueSize, whatever the file's size. */
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/** Media in an S3 bucket, so every API replica serves the same files. */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // The SDK's default CRC checksums on every request are not understood by all S3-compatible
      // servers; the SHA-256 we compute ourselves is what we keep and compare.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, options: { contentType?: string } = {}): Promise<StoredObject> {
    assertStorageKey(key);
    const digest = new DigestStream();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: digest, ContentType: options.contentType },
      partSize: PART_SIZE,
      queueSize: PARTS_IN_FLIGHT,
      // A failed upload aborts its multipart upload, so no parts or object are left behind.
      leavePartsOnError: false,
    });
    // Wait for both sides, so a failure has finished aborting before we report it.
    const [piped, uploaded] = await Promise.allSettled([
      pipeline(body, digest),
      upload.done().catch((error) => {
        body.destroy(error);
        throw error;
      }),
    ]);
    if (piped.status === 'rejected') throw piped.reason;
    if (uploaded.status === 'rejected') throw uploaded.reason;
    return { key, size: digest.byteCount, sha256: digest.sha256() };
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    assertStorageKey(key);
    if (range && range.start > range.end) throw new RangeNotSatisfiableError(key, range);
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return Body as Readable;
    } catch (error) {
      if (errorName(error) === 'NoSuchKey') throw new ObjectNotFoundError(key);
      if (errorName(error) === 'InvalidRange' && range) throw new RangeNotSatisfiableError(key, range);
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    assertStorageKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (errorName(error) === 'NotFound' || errorName(error) === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  /** Closes the client's sockets (tests, shutdown). */
  close(): void {
    this.client.destroy();
  }
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
