import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { AccessRule, ACCESS_KEY } from '@larnav/api/common';
import { API_PREFIX } from '../app/configure-app';

export interface RegisteredRoute {
  /** e.g. `GET /api/org-units/:id/people` */
  route: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

const UNPREFIXED = new Set(['health']);

/** Every route registered in the Nest router, with the access rule its handler carries. */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as new (...args: never[]) => object;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, () => unknown>)[name];
        const own = Reflect.getMetadata(PATH_METADATA, handler);
        if (own === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const prefix = UNPREFIXED.has(base) || base.startsWith('scim/') ? '' : `/${API_PREFIX}`;
        const path = `${prefix}/${[base, String(own)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        routes.push({
          route: `${method} ${path}`,
          method,
          path,
          rule: reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [handler, controller]),
        });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
