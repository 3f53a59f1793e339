import { ForbiddenException, Injectable, Logger, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, type Access } from './roles.decorator.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';

/** The session token from `Authorization: Bearer …` or, failing that, the session cookie. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return request.cookies?.[SESSION_COOKIE] || undefined;
}

/**
 * The one global guard: resolves the session, then applies the handler's @Roles(). A handler
 * without @Roles() is refused (403) so that forgetting the declaration cannot open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access[] | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!access || access.length === 0) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no @Roles(): refused`);
      throw new ForbiddenException('This endpoint declares no access rule.');
    }
    const token = sessionToken(request);
    if (token) {
      const resolved = await this.auth.resolve(token);
      if (resolved) {
        request.user = resolved.user;
        request.sessionTokenHash = resolved.tokenHash;
      }
    }
    if (access.includes('public')) return true;
    if (!request.user) throw new UnauthorizedException('Sign in first.');
    if (!access.includes(request.user.role)) throw new ForbiddenException('Your role may not do this.');
    return true;
  }
}
