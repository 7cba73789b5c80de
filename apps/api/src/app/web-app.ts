import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built web app from the same origin as the API, so that one port is the whole
 * product. Paths that are not files fall back to index.html for the client-side router.
 */
export function serveWebApp(app: NestExpressApplication, webDist?: string): boolean {
  const root = resolve(webDist ?? join(__dirname, '..', 'web'));
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = request.method === 'GET' && !/^\/(api|health)(\/|$)/.test(request.path);
    if (isPage && request.accepts('html')) response.sendFile(index);
    else next();
  });
  return true;
}
