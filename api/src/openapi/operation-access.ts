import type { Type } from '@nestjs/common';
import { GUARDS_METADATA, PARAMTYPES_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { AuthRateLimitGuard } from '../auth/rate-limit.guard.js';
import { ACCESS_KEY, type Access } from '../auth/roles.decorator.js';

/** What the OpenAPI document says about one handler, read from the metadata the app itself runs on. */
export interface OperationFacts {
  /** The bounded context (Nest module) the handler lives in: `AuthModule` → `Auth`. */
  tag: string;
  /** The handler's @Roles(): the same array the global AccessGuard checks. */
  access: Access[];
  rateLimited: boolean;
  /** The class of a whole-object @Query() argument, whose fields become query parameters. */
  queryDto?: Type;
}

/**
 * Facts per operation id. @nestjs/swagger names operations `<Controller>_<method>`, so the same
 * key finds a handler here; walking the modules (not a hand-kept list) means a new endpoint is
 * described the moment it is served.
 */
export function collectOperationFacts(app: INestApplication): Map<string, OperationFacts> {
  const facts = new Map<string, OperationFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    const tag = module.metatype.name.replace(/Module$/, '');
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const access = (Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller) ?? []) as Access[];
        const guards = (Reflect.getMetadata(GUARDS_METADATA, handler) ?? []) as unknown[];
        facts.set(`${controller.name}_${name}`, { tag, access, rateLimited: guards.includes(AuthRateLimitGuard), queryDto: wholeQueryDto(controller, name) });
      }
    }
  }
  return facts;
}

function wholeQueryDto(controller: Type, method: string): Type | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata(PARAMTYPES_METADATA, controller.prototype, method) ?? []) as unknown[];
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.QUERY) || arg.data !== undefined) continue;
    const type = types[arg.index];
    if (typeof type === 'function' && type !== Object) return type as Type;
  }
  return undefined;
}
