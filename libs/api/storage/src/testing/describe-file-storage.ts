import { FileStorage, ObjectNotFoundError, RangeNotSatisfiableError } from '../file-storage';
import { chunked, failingAfter, patternBytes, readAll, sha256 } from './bytes';

export interface StorageUnderTest {
  storage: FileStorage;
  close(): Promise<void>;
}

/** Larger than S3Storage's multipart part, so S3 is tested across several parts. */
const LARGE = 17 * 1024 * 1024 + 123;

/** The contract every FileStorage keeps; each implementation runs it against a real backend. */
export function describeFileStorage(name: string, factory: () => Promise<StorageUnderTest>): void {
  describe(`${name} keeps the FileStorage contract`, () => {
    let underTest: StorageUnderTest;
    let storage: FileStorage;
    let n = 0;
    const freshKey = () => `tenant-a/${name.replace(/\W/g, '-')}/${Date.now()}-${++n}.bin`;

    beforeAll(async () => {
      underTest = await factory();
      storage = underTest.storage;
    });
    afterAll(() => underTest?.close());

    it('stores a stream and reads back the same bytes, with their size and SHA-256', async () => {
      const bytes = patternBytes(300_000);
      const key = freshKey();
      await expect(storage.put(key, chunked(bytes))).resolves.toEqual({
        key,
        size: bytes.length,
        sha256: sha256(bytes),
      });
      expect((await readAll(await storage.read(key))).equals(bytes)).toBe(true);
      await expect(storage.stat(key)).resolves.toEqual({ size: bytes.length });
      await expect(storage.exists(key)).resolves.toBe(true);
    });

    it('streams a large object through in parts', async () => {
      const bytes = patternBytes(LARGE, 'large');
      const key = freshKey();
      expect((await storage.put(key, chunked(bytes, 1024 * 1024))).sha256).toBe(sha256(bytes));
      expect(sha256(await readAll(await storage.read(key)))).toBe(sha256(bytes));
    });

    it('stores an empty object', async () => {
      const key = freshKey();
      await expect(storage.put(key, chunked(Buffer.alloc(0)))).resolves.toMatchObject({
        size: 0,
        sha256: sha256(Buffer.alloc(0)),
      });
      expect((await readAll(await storage.read(key))).length).toBe(0);
    });

    it('reads byte ranges at the start, the middle and the end', async () => {
      const bytes = patternBytes(100_000, 'ranges');
      const key = freshKey();
      await storage.put(key, chunked(bytes));
      const range = async (start: number, end: number) => readAll(await storage.read(key, { start, end }));
      // 0-1 is the probe browsers send before playing a video. (s3rver answers 0-0 with the whole object.)
      expect((await range(0, 1)).equals(bytes.subarray(0, 2))).toBe(true);
      expect((await range(0, 9999)).equals(bytes.subarray(0, 10_000))).toBe(true);
      expect((await range(40_000, 59_999)).equals(bytes.subarray(40_000, 60_000))).toBe(true);
      expect((await range(99_990, 99_999)).equals(bytes.subarray(99_990))).toBe(true);
    });

    it('clips a range that runs past the end, and refuses one that starts past it', async () => {
      const bytes = patternBytes(1000, 'clip');
      const key = freshKey();
      await storage.put(key, chunked(bytes));
      expect((await readAll(await storage.read(key, { start: 990, end: 5000 }))).equals(bytes.subarray(990))).toBe(
        true,
      );
      await expect(storage.read(key, { start: 1000, end: 1500 })).rejects.toBeInstanceOf(RangeNotSatisfiableError);
    });

    it('says so when nothing is stored under a key', async () => {
      const key = freshKey();
      await expect(storage.read(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage.stat(key)).resolves.toBeNull();
      await expect(storage.exists(key)).resolves.toBe(false);
    });

    it('replaces an object written again under the same key', async () => {
      const key = freshKey();
      await storage.put(key, chunked(Buffer.from('first version')));
      await storage.put(key, chunked(Buffer.from('second')));
      expect((await readAll(await storage.read(key))).toString()).toBe('second');
    });

    it('deletes, and deleting what is not there is no error', async () => {
      const key = freshKey();
      await storage.put(key, chunked(Buffer.from('to be removed')));
      await storage.delete(key);
      await expect(storage.exists(key)).resolves.toBe(false);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('leaves nothing behind when the body fails part-way', async () => {
      const key = freshKey();
      // Any error will do: where aborting the multipart upload fails too (s3rver lacks it), that one is reported.
      await expect(storage.put(key, failingAfter(patternBytes(LARGE, 'cut')))).rejects.toThrow();
      await expect(storage.exists(key)).resolves.toBe(false);
    });

    it('keeps the previous object when a rewrite fails part-way', async () => {
      const key = freshKey();
      await storage.put(key, chunked(Buffer.from('the good copy')));
      await expect(storage.put(key, failingAfter(patternBytes(LARGE, 'cut')))).rejects.toThrow();
      expect((await readAll(await storage.read(key))).toString()).toBe('the good copy');
    });

    it.each(['../outside.bin', 'a/../../b', '/etc/passwd', '.partial/x', 'a//b', '', 'a/./b', 'a\\..\\b'])(
      'refuses the key %j',
      async (key) => {
        await expect(storage.put(key, chunked(Buffer.from('x')))).rejects.toThrow(/storage key/);
        await expect(storage.read(key)).rejects.toThrow(/storage key/);
        await expect(storage.delete(key)).rejects.toThrow(/storage key/);
      },
    );
  });
}
