import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@larnav/api/db';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { ENTITIES } from '../entities';

/**
 * The entities and the committed migrations must describe the same schema. If this fails,
 * run `npm run db:migration:generate -- <Name>` and commit the migration it writes.
 */
describe('schema drift', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, ENTITIES)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('finds nothing to migrate between the entities and the migrated database', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has run every committed migration', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
