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
