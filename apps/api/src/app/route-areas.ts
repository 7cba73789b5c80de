import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';

/** What this file needs of Express 5's router (the `router` package) and its layers. */
interface Layer {
  route?: { path: unknown };
}
interface ExpressRouter {
  stack: Layer[];
  params: Record<string, unknown>;
  handle(request: Request, response: Response, next: NextFunction): void;
  use(handler: (request: Request, response: Response, next: NextFunction) => void): void;
}

/** Fewer route layers in a row than this are walked as they are. */
const SMALLEST_RUN = 8;
/** A path segment that is only itself (no parameter, wildcard, group or escape). */
const LITERAL = /^[A-Za-z0-9._~-]+$/;

/**
 * The area of a path: its first two segments, lower-cased as Express matches them (routing is
 * case-insensitive), e.g. `api/learning`; `null` for a route pattern whose first two segments are
 * not both literal, which could match a request of any area.
 */
export function areaOf(path: string): string | null {
  const segments = path.split('/').filter(Boolean).slice(0, 2);
  return segments.every((segment) => LITERAL.test(segment)) ? segments.join('/').toLowerCase() : null;
}

/**
 * Express walks its route layers one by one until one matches, and Nest adds one for each route:
 * 149 here, and a progress event matched the 82nd (issue 8's profile, about 4 % of its CPU).
 * Once every route is registered, each run of route layers is replaced by one layer that sends a
 * request straight to the routes of its area (`api/learning`, `api/catalog`, `scim/v2`, …).
 *
 * Which route answers does not change: an area's routes keep their order, and a route pattern that
 * could match any area (a parameter among its first two segments) is in every area at its place.
 * A request of no area goes on past the run, as it went on past every route before. OPTIONS
 * requests skip the areas, as no route answers OPTIONS: Nest's not-found handler answers them
 * still (an area's own router would answer them with an Allow header instead).
 */
export function routeByArea(router: ExpressRouter): void {
  const stack = router.stack;
  let start = 0;
  while (start < stack.length) {
    let end = start;
    while (end < stack.length && stack[end].route) end++;
    if (end - start >= SMALLEST_RUN) {
      stack.splice(start, end - start, areaDispatch(router, stack.slice(start, end)));
      start += 1;
    } else start = Math.max(end, start + 1);
  }
}

function areaDispatch(router: ExpressRouter, routes: Layer[]): Layer {
  const areaOfRoute = routes.map((layer) => (typeof layer.route?.path === 'string' ? areaOf(layer.route.path) : null));
  const anyArea = routes.filter((_, index) => areaOfRoute[index] === null);
  const areas = new Map<string, ExpressRouter>();
  for (const area of new Set(areaOfRoute)) {
    if (area === null) continue;
    const own = routes.filter((_, index) => areaOfRoute[index] === area || areaOfRoute[index] === null);
    areas.set(area, subRouter(router, own));
  }
  const elsewhere = anyArea.length > 0 ? subRouter(router, anyArea) : null;

  const dispatch = (request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'OPTIONS') return next();
    const key = areaOf(request.path);
    const area = (key === null ? undefined : areas.get(key)) ?? elsewhere;
    if (!area) return next();
    area.handle(request, response, next);
  };
  // The router makes the layer (a middleware for every path); it is then moved into place.
  router.use(dispatch);
  return router.stack.pop() as Layer;
}

/** The router itself with a stack of its own: same options, same matching, no param callbacks. */
function subRouter(router: ExpressRouter, stack: Layer[]): ExpressRouter {
  return Object.assign(Object.create(router) as ExpressRouter, { stack, params: {} });
}

/** Applies routeByArea once Nest has registered every route (before the application listens). */
@Injectable()
export class RouteAreas implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const instance = this.adapterHost.httpAdapter?.getInstance() as { router?: ExpressRouter } | undefined;
    if (instance?.router) routeByArea(instance.router);
  }
}
