import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3StorageOptions } from '../s3.storage';

export interface S3TestServer {
  options: S3StorageOptions;
  stop(): Promise<void>;
}

/** A real S3-protocol server (s3rver) on a free port, with one empty bucket, its data in a temp folder. */
export async function startS3TestServer(bucket = 'larnav-media'): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'larnav-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    options: {
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      // s3rver's fixed development credentials; it checks the signature made with them.
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
