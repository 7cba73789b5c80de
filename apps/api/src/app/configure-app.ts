import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, ProblemFilter, refuseMalformedInput } from '@larnav/api/common';
import { CATALOG_CONSTRAINT_PROBLEMS, CATALOG_OPTIONS, CatalogOptions } from '@larnav/api/catalog';
import { ORG_CONSTRAINT_PROBLEMS } from '@larnav/api/org';
import { answerClientErrorsAsProblems } from './client-errors';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api';

/** The conventions every endpoint shares; used by main.ts and by the tests alike. */
export function configureApp(app: NestExpressApplication): void {
  app.use(securityHeaders(app.get<CatalogOptions>(CATALOG_OPTIONS).videoHosts));
  // IdP metadata (ADFS FederationMetadata.xml) can outgrow the 100 kB default.
  app.useBodyParser('json', { limit: '1mb' });
  // Registered here, not by Nest at init, so that the input check below runs after both parsers.
  app.useBodyParser('urlencoded', { extended: true });
  app.use(refuseMalformedInput);
  answerClientErrorsAsProblems(app.getHttpServer());
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter({ ...ORG_CONSTRAINT_PROBLEMS, ...CATALOG_CONSTRAINT_PROBLEMS }));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => openApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Lärnav API')
    .setDescription('Staff training for Swedish municipalities. Errors are application/problem+json (RFC 9457).')
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config);
}
