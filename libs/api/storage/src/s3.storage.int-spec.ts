import { S3Storage } from './s3.storage';
import { chunked, readAll } from './testing/bytes';
import { describeFileStorage, StorageUnderTest } from './testing/describe-file-storage';
import { describeMediaServing } from './testing/describe-media-serving';
import { mediaFile, mediaHeads } from './testing/media-fixtures';
import { startS3TestServer } from './testing/s3-test-server';
import { receiveUpload } from './upload-intake';

async function s3UnderTest(): Promise<StorageUnderTest & { storage: S3Storage }> {
  const server = await startS3TestServer();
  const storage = new S3Storage(server.options);
  return {
    storage,
    close: async () => {
      storage.close();
      await server.stop();
    },
  };
}

describeFileStorage('S3Storage', s3UnderTest);
describeMediaServing('S3', s3UnderTest);

describe('uploads into S3', () => {
  let underTest: StorageUnderTest & { storage: S3Storage };
  const MB = 1024 * 1024;
  const limits = { video: 12 * MB, image: MB, document: MB };

  beforeAll(async () => (underTest = await s3UnderTest()));
  afterAll(() => underTest.close());

  it('streams an accepted video in as a multipart upload', async () => {
    const video = mediaFile(mediaHeads.mp4, 10 * MB);
    const key = 'tenant-a/m1/video';
    await expect(
      receiveUpload(chunked(video), { storage: underTest.storage, key, accept: ['video'], limits }),
    ).resolves.toMatchObject({
      mediaType: 'video/mp4',
      size: video.length,
    });
    expect((await readAll(await underTest.storage.read(key))).equals(video)).toBe(true);
  });

  it('stores nothing when a video passes its limit after several parts', async () => {
    const key = 'tenant-a/m1/too-long';
    await expect(
      receiveUpload(chunked(mediaFile(mediaHeads.mp4, 20 * MB)), {
        storage: underTest.storage,
        key,
        accept: ['video'],
        limits,
      }),
    ).rejects.toMatchObject({ code: 'upload_too_large' });
    await expect(underTest.storage.exists(key)).resolves.toBe(false);
  });

  it('fails the upload into a bucket that is not there', async () => {
    const server = await startS3TestServer();
    const storage = new S3Storage({ ...server.options, bucket: 'no-such-bucket' });
    try {
      await expect(storage.put('a/b.bin', chunked(Buffer.from('x')))).rejects.toThrow(/bucket/i);
    } finally {
      storage.close();
      await server.stop();
    }
  });
});
