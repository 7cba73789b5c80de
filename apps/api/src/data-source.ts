import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@larnav/api/db';
import { ENTITIES } from './entities';

/** For the TypeORM CLI (`npm run db:migration:generate`). */
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/larnav_dev', ENTITIES),
);
