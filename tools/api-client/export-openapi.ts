import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@larnav/api/common';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp, openApiDocument } from '../../apps/api/src/app/configure-app';

/**
 * Writes the API's OpenAPI document for the web's generated client. Preview mode builds the
 * module graph without starting providers, so no database is needed.
 */
export async function exportOpenApi(): Promise<string> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
      config: { ...loadConfig({}), LOG_LEVEL: 'silent' },
    }),
    { preview: true, logger: false },
  );
  configureApp(app);
  const document = openApiDocument(app);
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const OPENAPI_PATH = join(__dirname, '../../libs/web/api-client/openapi.json');

/** `--check`: fail when the committed document is not what the API describes now. */
if (require.main === module) {
  const check = process.argv.includes('--check');
  exportOpenApi()
    .then((json) => {
      if (!check) {
        writeFileSync(OPENAPI_PATH, json);
        console.log(`wrote ${OPENAPI_PATH}`);
      } else if (readFileSync(OPENAPI_PATH, 'utf8') !== json) {
        console.error('libs/web/api-client/openapi.json is stale: run `npm run api-client:generate` and commit.');
        process.exit(1);
      } else {
        console.log('OpenAPI document is up to date.');
      }
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
