import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@larnav/api/common';
import { keepCalendarDatesAsStrings } from '@larnav/api/db';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { serveWebApp } from './app/web-app';
import { configureDemoSignIn } from './database/demo-sign-in';
import { prepareDatabase } from './database/prepare-database';
import { seedDemoIfWanted } from './database/seed-demo';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  keepCalendarDatesAsStrings();
  const database = await prepareDatabase(config);
  await seedDemoIfWanted(config, database);

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ databaseUrl: database.url, config }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  if (config.LARNAV_TRUST_PROXY) app.set('trust proxy', trustProxy(config.LARNAV_TRUST_PROXY));
  configureApp(app);
  const servesWeb = serveWebApp(app, config.LARNAV_WEB_DIST);
  if (config.LARNAV_DEV_IDP_ISSUER) await configureDemoSignIn(app, config.LARNAV_DEV_IDP_ISSUER);

  // The embedded server is ours to stop; an external one is not.
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await app.listen(config.PORT);
  app
    .get(Logger)
    .log(
      `Lärnav ready at http://localhost:${config.PORT}` +
        (servesWeb ? '' : ' (API only: build the web app with `npx nx build web`)') +
        (database.embedded ? ', embedded PostgreSQL' : ''),
    );
}

/** "true", a hop count, or addresses/subnets, as Express reads them. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

bootstrap().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
