import { S3Storage } from './s3.storage';
import { chunked } from './testing/bytes';
import { describeFileStorage } from './testing/describe-file-storage';
import { startS3TestServer } from './testing/s3-test-server';

describeFileStorage('S3Storage', async () => {
  const server = await startS3TestServer();
  const storage = new S3Storage(server.options);
  return {
    storage,
    close: async () => {
      storage.close();
      await server.stop();
    },
  };
});

describe('S3Storage against a bucket that is not there', () => {
  it('fails the upload instead of pretending it stored something', async () => {
    const server = await startS3TestServer();
    const storage = new S3Storage({ ...server.options, bucket: 'no-such-bucket' });
    try {
      await expect(storage.put('a/b.bin', chunked(Buffer.from('x')))).rejects.toThrow();
    } finally {
      storage.close();
      await server.stop();
    }
  });
});
