import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { PARAMS_PROVIDER_TOKEN, Params } from 'nestjs-pino';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, ProblemFilter, refuseMalformedInput } from '@larnav/api/common';
import { CATALOG_CONSTRAINT_PROBLEMS, CATALOG_OPTIONS, CatalogOptions, takesRawUpload } from '@larnav/api/catalog';
import { SessionMiddleware } from '@larnav/api/identity';
import { ORG_CONSTRAINT_PROBLEMS } from '@larnav/api/org';
import { TenantMiddleware } from '@larnav/api/tenancy';
import { SCIM_ERROR_DIALECT } from '@larnav/api/scim';
import { answerClientErrorsAsProblems } from './client-errors';
import { requestLogging } from './logging';
import { answerLiveness } from './liveness';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api';

/** The conventions every endpoint shares; used by main.ts and by the tests alike. */
export function configureApp(app: NestExpressApplication): void {
  // No ETag made by hashing each answer: the API's answers are a person's own and change with
  // every click (the pages ask for them fresh), so a 304 would save only bytes, never work,
  // while the hash cost every answer (issue 8). Media keep their own ETag (serve-media.ts).
  app.set('etag', false);
  app.use(requestLogging((app.get<Params>(PARAMS_PROVIDER_TOKEN).pinoHttp as { logger: Logger }).logger));
  app.use(securityHeaders(app.get<CatalogOptions>(CATALOG_OPTIONS).videoHosts));
  app.use(answerLiveness);
  // IdP metadata (ADFS FederationMetadata.xml) can outgrow the 100 kB default.
  // SCIM clients (Entra ID) send application/scim+json.
  app.useBodyParser('json', { limit: '1mb', type: parsedAs('application/json', 'application/scim+json') });
  // Registered here, not by Nest at init, so that the input check below runs after both parsers.
  app.useBodyParser('urlencoded', { extended: true, type: parsedAs('application/x-www-form-urlencoded') });
  app.use(refuseMalformedInput);
  // Registered once here rather than by the modules: Nest adds a router layer per route pattern
  // and method for module middleware, walked by every request (issue 8's profile).
  const tenant = app.get(TenantMiddleware);
  const sessions = app.get(SessionMiddleware);
  app.use(forApi((request, response, next) => tenant.use(request, response, next)));
  app.use(forApi((request, response, next) => sessions.use(request, response, next)));
  answerClientErrorsAsProblems(app.getHttpServer());
  // SCIM lives where SCIM clients look for it, beside the API rather than under it.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready', 'scim/v2/{*path}'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(
    new ProblemFilter({ ...ORG_CONSTRAINT_PROBLEMS, ...CATALOG_CONSTRAINT_PROBLEMS }, [SCIM_ERROR_DIALECT]),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => openApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

/** The API and SCIM beside it: both answer for a municipality, so both need its tenant. */
const API_PATH = new RegExp(`^/(${API_PREFIX}|scim/v2)(/|\\?|$)`);

/** Only API (and SCIM) requests need a municipality and a session; health probes and the web app's files do not. */
function forApi(handler: RequestHandler): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) =>
    API_PATH.test(request.url) ? handler(request, response, next) : next();
}

/**
 * A parser's usual Content-Type test, except on upload routes: there the body is a file's bytes
 * whatever the client declares, streamed to storage unread (and judged by its content).
 */
function parsedAs(...contentTypes: string[]): (req: Request) => boolean {
  return (req) => {
    // A cheap first test: a body declared as none of these is not for this parser (issue 8: the
    // URL-encoded parser's full test cost every JSON request as much as the JSON parser's).
    const declared = req.headers['content-type']?.toLowerCase();
    if (!declared || !contentTypes.some((type) => declared.includes(type))) return false;
    const path = (req.url ?? '').split('?')[0];
    const unprefixed = path.startsWith(`/${API_PREFIX}/`) ? path.slice(API_PREFIX.length + 1) : path;
    return !takesRawUpload(req.method, unprefixed) && Boolean(req.is(contentTypes));
  };
}

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Lärnav API')
    .setDescription('Staff training for Swedish municipalities. Errors are application/problem+json (RFC 9457).')
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config);
}
