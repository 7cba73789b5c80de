import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk.storage';
import { describeMediaServing } from './testing/describe-media-serving';

describeMediaServing('local disk', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'larnav-serve-'));
  return { storage: LocalDiskStorage.underDataDir(dir), close: () => rm(dir, { recursive: true, force: true }) };
});
