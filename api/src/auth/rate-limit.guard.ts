import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { normaliseEmail } from '../users/users.service.js';

const WINDOW_MS = 60_000;
/** Buckets are swept once they number this many, so a flood of distinct keys cannot grow memory without bound. */
const SWEEP_AT = 10_000;

/**
 * Fixed one-minute windows per IP and per email for login and registration (docs/decisions/0005:
 * @nestjs/throttler is CommonJS requiring ESM-only Nest 12, which Jest on Node 20 cannot load).
 * In memory: one API process is the deployment this serves (docs/decisions/0003).
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  private readonly buckets = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const body = request.body as { email?: unknown } | undefined;
    const keys = [`ip:${request.ip}`];
    // Sign-in has its own per-account back-off (login-throttle.ts): a window per email would let
    // anyone lock the owner out with ten wrong passwords. Registration keeps it.
    if (typeof body?.email === 'string' && request.routeOptions.url !== '/api/auth/login') keys.push(`email:${normaliseEmail(body.email)}`);
    const now = Date.now();
    if (this.buckets.size > SWEEP_AT) for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
    let retryAfterMs = 0;
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket || bucket.resetAt <= now) this.buckets.set(key, { count: 1, resetAt: now + WINDOW_MS });
      else if (++bucket.count > this.config.authRateLimit) retryAfterMs = Math.max(retryAfterMs, bucket.resetAt - now);
    }
    if (retryAfterMs > 0) {
      void reply.header('retry-after', String(Math.ceil(retryAfterMs / 1000)));
      throw new HttpException({ title: 'too many requests', message: 'Too many attempts; wait a minute and try again.' }, HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }
}
