import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import serveStatic from 'serve-static';

const NOT_THE_WEB_APP = /^\/(api|health)(\/|\?|$)/;

/**
 * Serves the built web app from the same origin as the API, so that one port is the whole
 * product. Paths that are not files fall back to index.html for the client-side router. API
 * and health requests pass straight by: no file lookup on disk in front of every API call.
 */
export function serveWebApp(app: NestExpressApplication, webDist?: string): boolean {
  const root = resolve(webDist ?? join(__dirname, '..', 'web'));
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const files = serveStatic(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (NOT_THE_WEB_APP.test(request.url)) return next();
    files(request, response, () => {
      if (request.method === 'GET' && request.accepts('html')) response.sendFile(index);
      else next();
    });
  });
  return true;
}
