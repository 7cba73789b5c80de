import { AppConfig } from '@larnav/api/common';
import { seedDemo } from '@larnav/api/demo';
import { PreparedDatabase } from './prepare-database';

/** The demo municipalities go into the embedded database, or anywhere LARNAV_SEED_DEMO=true says. */
export async function seedDemoIfWanted(config: AppConfig, database: PreparedDatabase): Promise<void> {
  const wanted = config.LARNAV_SEED_DEMO ? config.LARNAV_SEED_DEMO === 'true' : database.embedded;
  if (wanted) await seedDemo(database.url);
}
