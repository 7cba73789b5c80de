import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('starts with nothing set: embedded database on the default ports', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, LARNAV_EMBEDDED_PG_PORT: 54329, LOG_LEVEL: 'info' });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db.kommun.se:5432/larnav' }).DATABASE_URL).toBe(
      'postgres://u:p@db.kommun.se:5432/larnav',
    );
  });
});

describe('secrets', () => {
  it('refuses to run in production without its own secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LARNAV_SESSION_SECRET: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', LARNAV_SESSION_SECRET: 'x'.repeat(40) })).toThrow(
      /LARNAV_SECRET_KEY/,
    );
  });

  it('checks the encryption key is 32 bytes', () => {
    expect(() => loadConfig({ LARNAV_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/LARNAV_SECRET_KEY/);
  });
});

describe('media storage', () => {
  it('keeps media on local disk with default upload limits when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      LARNAV_STORAGE: 'local',
      LARNAV_S3_FORCE_PATH_STYLE: false,
      LARNAV_UPLOAD_MAX_VIDEO_MB: 2048,
      LARNAV_UPLOAD_MAX_IMAGE_MB: 20,
      LARNAV_UPLOAD_MAX_DOCUMENT_MB: 100,
    });
  });

  it('names the bucket when S3 is chosen without one', () => {
    expect(() => loadConfig({ LARNAV_STORAGE: 's3' })).toThrow(/LARNAV_S3_BUCKET: required when LARNAV_STORAGE is s3/);
  });

  it('reads an S3-compatible server and limits from the environment', () => {
    const config = loadConfig({
      LARNAV_STORAGE: 's3',
      LARNAV_S3_BUCKET: 'larnav-media',
      LARNAV_S3_ENDPOINT: 'http://minio:9000',
      LARNAV_S3_FORCE_PATH_STYLE: 'true',
      LARNAV_UPLOAD_MAX_VIDEO_MB: '500',
    });
    expect(config).toMatchObject({ LARNAV_S3_FORCE_PATH_STYLE: true, LARNAV_UPLOAD_MAX_VIDEO_MB: 500 });
  });

  it('refuses a storage it does not know and a limit that is no number', () => {
    expect(() => loadConfig({ LARNAV_STORAGE: 'ftp' })).toThrow(/LARNAV_STORAGE/);
    expect(() => loadConfig({ LARNAV_UPLOAD_MAX_IMAGE_MB: 'big' })).toThrow(/LARNAV_UPLOAD_MAX_IMAGE_MB/);
  });

  it('keeps mail in the outbox unless an SMTP server is named, and refuses one that is not SMTP', () => {
    expect(loadConfig({}).LARNAV_SMTP_URL).toBeUndefined();
    expect(loadConfig({ LARNAV_SMTP_URL: 'smtps://larnav:secret@smtp.kommun.se:465' }).LARNAV_SMTP_URL).toBe(
      'smtps://larnav:secret@smtp.kommun.se:465',
    );
    expect(() => loadConfig({ LARNAV_SMTP_URL: 'http://smtp.kommun.se' })).toThrow(/LARNAV_SMTP_URL/);
  });
});
