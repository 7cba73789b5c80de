import { Test } from '@nestjs/testing';
import { join, resolve } from 'node:path';
import { loadConfig } from '@larnav/api/common';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';
import { FILE_STORAGE, StorageModule, UPLOAD_LIMITS } from './storage.module';

async function provided(env: NodeJS.ProcessEnv) {
  const module = await Test.createTestingModule({ imports: [StorageModule.forRoot(loadConfig(env))] }).compile();
  const found = { storage: module.get(FILE_STORAGE), limits: module.get(UPLOAD_LIMITS) };
  await module.close();
  return found;
}

describe('StorageModule', () => {
  it('keeps media on local disk under the data directory by default', async () => {
    const { storage } = await provided({ LARNAV_DATA_DIR: '/var/lib/larnav' });
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as unknown as { root: string }).root).toBe(resolve(join('/var/lib/larnav', 'media')));
  });

  it('uses the S3 bucket when configured', async () => {
    const { storage } = await provided({
      LARNAV_STORAGE: 's3',
      LARNAV_S3_BUCKET: 'media',
      LARNAV_S3_ENDPOINT: 'http://minio:9000',
    });
    expect(storage).toBeInstanceOf(S3Storage);
  });

  it('turns the configured megabytes into byte limits per kind', async () => {
    const { limits } = await provided({ LARNAV_UPLOAD_MAX_VIDEO_MB: '500' });
    expect(limits).toEqual({ video: 500 * 1024 * 1024, image: 20 * 1024 * 1024, document: 100 * 1024 * 1024 });
  });
});
