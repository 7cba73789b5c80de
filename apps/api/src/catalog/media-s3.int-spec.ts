import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mediaFile, mediaHeads, patternBytes, S3TestServer, startS3TestServer } from '@larnav/api/storage/testing';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { FRONT_MATTER } from './catalog-fixtures';
import { binary, mediaRowCount } from './media-fixtures';

type Requests = ReturnType<TestApp['as']>;

/** Module media on S3-compatible storage (issue 7): the same upload and serving, against a real s3rver. */
describe('module media in S3 storage', () => {
  let s3: S3TestServer;
  let t: TestApp;
  let trainer: Requests;
  let bucket: S3Client;

  beforeAll(async () => {
    s3 = await startS3TestServer('larnav-media-int');
    const { options } = s3;
    t = await createTestApp({
      config: {
        LARNAV_STORAGE: 's3',
        LARNAV_S3_BUCKET: options.bucket,
        LARNAV_S3_ENDPOINT: options.endpoint,
        LARNAV_S3_REGION: options.region,
        LARNAV_S3_FORCE_PATH_STYLE: true,
        LARNAV_S3_ACCESS_KEY_ID: options.credentials?.accessKeyId,
        LARNAV_S3_SECRET_ACCESS_KEY: options.credentials?.secretAccessKey,
      },
    });
    bucket = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: true,
      credentials: options.credentials,
    });
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
  });
  afterAll(async () => {
    bucket?.destroy();
    await t?.close();
    await s3?.stop();
  });

  const objects = async () =>
    ((await bucket.send(new ListObjectsV2Command({ Bucket: s3.options.bucket }))).Contents ?? []).map((o) => o.Key);

  it('stores an upload in the bucket under the tenant, serves it with ranges, and keeps nothing it refuses', async () => {
    const moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    const video = Buffer.concat([mediaHeads.mp4, patternBytes(400_000 - mediaHeads.mp4.length, 's3')]);
    const send = (kind: string, body: Buffer) =>
      trainer
        .post(`/api/catalog/modules/${moduleId}/media?kind=${kind}&fileName=film.mp4`)
        .set('Content-Type', 'video/mp4')
        .send(body);
    const media = (await send('video', video).expect(201)).body;
    const [{ tenant_id: tenantId }] = await t.dataSource.query(`SELECT tenant_id FROM media_file WHERE id = $1`, [
      media.id,
    ]);
    expect(await objects()).toEqual([`${tenantId}/${media.id}`]);

    const whole = await trainer.get(media.url).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(whole.body, video)).toBe(0);
    const middle = await trainer
      .get(media.url)
      .set('Range', 'bytes=200000-200099')
      .buffer(true)
      .parse(binary)
      .expect(206);
    expect(middle.headers['content-range']).toBe('bytes 200000-200099/400000');
    expect(Buffer.compare(middle.body, video.subarray(200_000, 200_100))).toBe(0);
    await trainer.get(media.url).set('If-None-Match', whole.headers['etag']).expect(304);

    const rows = await mediaRowCount(t.dataSource);
    expect((await send('video', mediaFile(mediaHeads.pdf, 100_000)).expect(415)).body.code).toBe(
      'upload_type_not_allowed',
    );
    expect(await mediaRowCount(t.dataSource)).toBe(rows);
    expect(await objects()).toEqual([`${tenantId}/${media.id}`]);
  });
});
