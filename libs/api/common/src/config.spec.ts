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
