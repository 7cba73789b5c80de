import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { LocalDiskStorage } from './local-disk.storage';
import { failingAfter, patternBytes } from './testing/bytes';
import { describeFileStorage } from './testing/describe-file-storage';

// Tens of megabytes go through the disk: on a busy shared machine that can take more than 5 s.
jest.setTimeout(60_000);

describeFileStorage('LocalDiskStorage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'larnav-media-'));
  return { storage: LocalDiskStorage.underDataDir(dir), close: () => rm(dir, { recursive: true, force: true }) };
});

describe('LocalDiskStorage on disk', () => {
  let dataDir: string;
  let storage: LocalDiskStorage;
  const partials = () => readdir(join(dataDir, 'media', '.partial')).catch(() => []);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'larnav-media-'));
    storage = LocalDiskStorage.underDataDir(dataDir);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps media under <data dir>/media, at the path the key names', async () => {
    await storage.put('tenant-a/m1/intro.mp4', chunk('hej'));
    expect(await readdir(join(dataDir, 'media', 'tenant-a', 'm1'))).toEqual(['intro.mp4']);
  });

  it('shows no half-written file while a write is under way', async () => {
    const body = new PassThrough();
    const writing = storage.put('tenant-a/slow.bin', body);
    body.write(patternBytes(100_000));
    // Wait, without a timer, until the write has a file on disk, wherever it put it.
    while ((await partials()).length === 0 && !(await storage.exists('tenant-a/slow.bin')))
      await new Promise((resolve) => setImmediate(resolve));
    await expect(storage.exists('tenant-a/slow.bin')).resolves.toBe(false);
    body.end(patternBytes(10));
    await expect(writing).resolves.toMatchObject({ size: 100_010 });
    await expect(storage.exists('tenant-a/slow.bin')).resolves.toBe(true);
    expect(await partials()).toEqual([]);
  });

  it('removes the partial file of a failed write', async () => {
    await expect(storage.put('tenant-a/cut.bin', failingAfter(patternBytes(500_000)))).rejects.toThrow(
      'connection lost',
    );
    expect(await partials()).toEqual([]);
    expect(await readdir(join(dataDir, 'media', 'tenant-a'))).toEqual([]);
  });

  it('does not treat the folder of other keys as an object', async () => {
    await storage.put('tenant-a/m1/intro.mp4', chunk('x'));
    await expect(storage.exists('tenant-a/m1')).resolves.toBe(false);
    await expect(storage.read('tenant-a/m1')).rejects.toThrow(/No stored object/);
  });
});

function chunk(text: string) {
  const body = new PassThrough();
  body.end(Buffer.from(text));
  return body;
}
