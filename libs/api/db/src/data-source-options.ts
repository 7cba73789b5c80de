import type { DataSourceOptions, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The one description of how Lärnav talks to PostgreSQL. `synchronize` is never on: the schema
 * changes only through committed migrations, and a test fails when entities and migrations drift.
 */
export function dataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // Extensions come from migrations, so the app never needs the right to create them.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: {
      max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
      // JIT compilation costs more than it saves on the roll-up queries here (measured: ~1.3 s
      // per whole-tree head count on PostgreSQL 15), so the application's connections skip it.
      options: '-c jit=off',
    },
  };
}
