import type { Express, NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { areaOf, routeByArea } from './route-areas';

// Nest's Express 5, not the workspace's Express 4 (which has no `router` package underneath).
const express = require(require.resolve('express', { paths: [require.resolve('@nestjs/platform-express')] }));

type Handler = (req: Request, res: Response, next: NextFunction) => void;
const answer =
  (name: string): Handler =>
  (req, res) =>
    res.json({ name, params: req.params, url: req.url, originalUrl: req.originalUrl, baseUrl: req.baseUrl });

/**
 * Routes in an order where order matters: a literal before a parameter of the same shape, a
 * pattern with a parameter among its first two segments (it may match any area) between two
 * areas' routes, a route that passes a request on, one that fails, and one that is not an area's.
 */
function app(grouped: boolean): Express {
  const app = express() as Express & { router: Parameters<typeof routeByArea>[0] };
  app.use((req: Request, _res: Response, next: NextFunction) => {
    (req as Request & { seen?: boolean }).seen = true;
    next();
  });
  app.get('/api/learning/attempts/mine', answer('mine'));
  app.get('/api/learning/attempts/:attemptId', answer('attempt'));
  app.post('/api/learning/attempts/:attemptId/events', answer('events'));
  app.get('/api/:area/help', answer('any area help'));
  app.get('/api/catalog/help', answer('catalog help, shadowed by any area'));
  app.get('/api/catalog/modules', (_req: Request, _res: Response, next: NextFunction) => next());
  app.get('/api/catalog/modules', answer('modules, after the one that passed'));
  app.get('/api/catalog/broken', () => {
    throw new Error('broken');
  });
  app.put('/scim/v2/Users/:id', answer('scim user'));
  app.get('/health/live', answer('live'));
  app.get('/', answer('root'));
  app.use((_req: Request, res: Response) => res.status(404).json({ name: 'not found' }));
  // Express knows an error handler by its four parameters.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) =>
    res.status(500).json({ error: error.message }),
  );
  if (grouped) routeByArea(app.router);
  return app;
}

const REQUESTS: [method: 'get' | 'post' | 'put' | 'head' | 'options' | 'delete', path: string][] = [
  ['get', '/api/learning/attempts/mine'],
  ['get', '/api/learning/attempts/42?tab=2'],
  ['get', '/API/Learning/attempts/42'],
  ['get', '/api/learning/attempts/42/'],
  ['post', '/api/learning/attempts/42/events'],
  ['get', '/api/learning/attempts/42/events'],
  ['head', '/api/learning/attempts/42'],
  ['options', '/api/learning/attempts/42'],
  ['delete', '/api/learning/attempts/42'],
  ['get', '/api/catalog/help'],
  ['get', '/api/reporting/help'],
  ['get', '/api/nowhere/help'],
  ['get', '/api/catalog/modules'],
  ['get', '/api/catalog/broken'],
  ['put', '/scim/v2/Users/7'],
  ['put', '/scim/v2/users/7'],
  ['get', '/health/live'],
  ['get', '/'],
  ['get', '/api'],
  ['get', '/nothing/here/at/all'],
  ['get', '//api/learning/attempts/42'],
];

describe('routes by area (routeByArea)', () => {
  it('leaves one layer where the run of routes was, before the not-found and error handlers', () => {
    const grouped = app(true) as unknown as { router: { stack: { route?: unknown }[] } };
    expect(grouped.router.stack.map((layer) => Boolean(layer.route))).toEqual([false, false, false, false]);
  });

  it.each(REQUESTS)('answers %s %s exactly as the routes one by one do', async (method, path) => {
    const [one, other] = await Promise.all([request(app(false))[method](path), request(app(true))[method](path)]);
    expect({ status: other.status, body: other.body, allow: other.headers['allow'] }).toEqual({
      status: one.status,
      body: one.body,
      allow: one.headers['allow'],
    });
  });

  it('finds the answers the order of the routes decides', async () => {
    const grouped = app(true);
    expect((await request(grouped).get('/api/learning/attempts/mine')).body.name).toBe('mine');
    expect((await request(grouped).get('/api/catalog/help')).body.name).toBe('any area help');
    expect((await request(grouped).get('/api/catalog/modules')).body.name).toBe('modules, after the one that passed');
    expect((await request(grouped).post('/api/learning/attempts/42/events')).body).toEqual({
      name: 'events',
      params: { attemptId: '42' },
      url: '/api/learning/attempts/42/events',
      originalUrl: '/api/learning/attempts/42/events',
      baseUrl: '',
    });
  });

  it('names the area of a path, and no area for a pattern that could match any', () => {
    expect(areaOf('/api/learning/attempts/:attemptId/events')).toBe('api/learning');
    expect(areaOf('/SCIM/v2/Users')).toBe('scim/v2');
    expect(areaOf('/health/live')).toBe('health/live');
    expect(areaOf('/')).toBe('');
    expect(areaOf('/api/:area/help')).toBeNull();
    expect(areaOf('/api/{*path}')).toBeNull();
    expect(areaOf('/api/learning{/:x}')).toBeNull();
  });
});
