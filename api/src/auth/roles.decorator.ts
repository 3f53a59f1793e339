import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '../users/user.entity.js';

/** Who may call an endpoint: `public` (anyone, signed in or not) or one or more roles. */
export type Access = Role | 'public';
export const ACCESS_KEY = 'vt:access';

/**
 * Declares who may call a handler. Every endpoint carries one: the global guard refuses any
 * handler without it, so a forgotten declaration fails closed instead of opening a route.
 */
export const Roles = (...access: Access[]): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, access);

/** Any signed-in user, whatever the role. */
export const SIGNED_IN: Access[] = [...ROLES];
export const STAFF: Access[] = ['trainer', 'admin'];
