import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { User } from '../users/user.entity.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the global AccessGuard when the request carries a valid session. */
    user?: User;
    sessionTokenHash?: string;
  }
}

/** The signed-in user. Only used on handlers whose @Roles() excludes `public`, so it is always set. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const user = context.switchToHttp().getRequest<FastifyRequest>().user;
  if (!user) throw new Error('CurrentUser used on a handler that does not require sign-in');
  return user;
});

/** The signed-in user when there is one (public endpoints that personalise their answer). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User | undefined => context.switchToHttp().getRequest<FastifyRequest>().user,
);
