import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_KEY } from '../src/auth/roles.decorator.js';

/**
 * Every handler the app serves, keyed `METHOD /api/path/:param`, with its @Roles() metadata
 * (undefined when it declares none), read from Nest's routing metadata — so the RBAC matrix and
 * the OpenAPI test compare against what is really routed, not against a list kept by hand.
 */
export function servedRoutes(app: NestFastifyApplication): Map<string, unknown> {
  const served = new Map<string, unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } & object;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (name === 'constructor' || path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const route = `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(/\/+$/, '');
        served.set(`${method} ${route}`, Reflect.getMetadata(ACCESS_KEY, handler));
      }
    }
  }
  return served;
}
