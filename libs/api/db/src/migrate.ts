import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Brings the database at `url` up to the latest committed migration. */
export async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, []));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
