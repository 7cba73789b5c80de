import type { Readable } from 'node:stream';

/** What a finished write reports; the caller keeps it beside the key (e.g. in its media row). */
export interface StoredObject {
  key: string;
  size: number;
  /** Hex SHA-256 of the bytes, computed while they streamed past. */
  sha256: string;
}

/** Inclusive byte offsets, as HTTP ranges count them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where media bytes live: local disk or an S3 bucket, behind one contract
 * (`testing/describe-file-storage.ts` runs the same suite against each).
 */
export interface FileStorage {
  /** Streams `body` to `key`. The object appears whole or not at all: a failed write leaves nothing. */
  put(key: string, body: Readable, options?: { contentType?: string }): Promise<StoredObject>;
  /** The whole object, or the range (its end is clipped to the object's; a start past the end is a RangeError). */
  read(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<{ size: number } | null>;
  /** Deleting what is not there is no error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}.`);
  }
}

export class RangeNotSatisfiableError extends Error {
  constructor(
    readonly key: string,
    readonly range: ByteRange,
  ) {
    super(`The range ${range.start}-${range.end} lies outside ${key}.`);
  }
}
