import { ForbiddenException, HttpException, HttpStatus, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-details.filter.js';

/**
 * What every API request meets at the door (issue 14), as Fastify hooks so no route can forget it:
 * JSON-only writes and an Origin check on cookie-authenticated ones (CSRF no longer rests on
 * SameSite=Lax alone), Cache-Control on every answer, problem+json for the errors Fastify raises
 * before Nest sees the request, and a per-address limit on public lookups such as certificate
 * verification.
 */

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

function send(reply: FastifyReply, request: FastifyRequest, exception: HttpException): FastifyReply {
  return reply
    .status(exception.getStatus())
    .type('application/problem+json')
    .send(toProblem(exception, request.url.split('?')[0]));
}

/** The origins a browser page of ours is served from: PUBLIC_URL's, and the one the request itself names in Host. */
function ourOrigins(request: FastifyRequest, publicUrl: string): string[] {
  return [new URL(publicUrl).origin, `${request.protocol}://${request.host}`];
}

export function registerRequestChecks(fastify: FastifyInstance, options: { publicUrl: string }): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!WRITES.has(request.method) || !request.url.startsWith('/api/')) return;
    const type = request.headers['content-type'];
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    // Only JSON in: a cross-site <form> can post urlencoded, multipart or text/plain without a preflight, never JSON.
    if ((hasBody || type !== undefined) && !(type && JSON_TYPE.test(type))) {
      return send(reply, request, new UnsupportedMediaTypeException({ title: 'unsupported media type', message: 'Send the body as application/json.' }));
    }
    // A browser names the page that sent a write; a cookie-authenticated write from anyone else's page is refused.
    const origin = request.headers.origin;
    const byCookie = !request.headers.authorization && request.headers.cookie !== undefined;
    if (byCookie && origin !== undefined && !ourOrigins(request, options.publicUrl).includes(origin)) {
      return send(reply, request, new ForbiddenException({ title: 'forbidden', message: 'This request comes from another site.' }));
    }
  });
}

/**
 * Responses that carry a credential or a download are never stored anywhere (`no-store`); other
 * answers to signed-in requests are the user's alone and revalidated (`private, no-cache`, which
 * the ETags of common/http-caching.ts then answer with 304). A route that sets its own wins.
 */
const TOKEN_ROUTES = new Set(['POST /api/auth/register', 'POST /api/auth/login', 'POST /api/auth/password-resets']);

export function registerCacheControl(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || reply.hasHeader('cache-control')) return payload;
    const disposition = String(reply.getHeader('content-disposition') ?? '');
    if (TOKEN_ROUTES.has(`${request.method} ${request.routeOptions.url ?? ''}`) || disposition.startsWith('attachment'))
      void reply.header('cache-control', 'no-store');
    else if (request.user || request.headers.authorization || request.headers.cookie) void reply.header('cache-control', 'private, no-cache');
    return payload;
  });
}

/**
 * Fastify's own errors (a malformed URL such as `/api/%c0`, a broken header) answered as
 * problem+json like everything else. Passed as Fastify's `frameworkErrors` option.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void send(
    reply,
    request,
    new HttpException({ title: HttpStatus[status]?.replace(/_/g, ' ').toLowerCase() ?? 'bad request', message: error.message }, status),
  );
}

/** Fixed one-minute windows per client address on the given routes (`METHOD /pattern`), e.g. certificate verification. */
export function registerRouteRateLimit(fastify: FastifyInstance, routes: string[], perMinute: number): void {
  const buckets = new Map<string, { count: number; resetAt: number }>();
  fastify.addHook('onRequest', async (request, reply) => {
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    if (!routes.includes(route)) return;
    const now = Date.now();
    if (buckets.size > 10_000) for (const [key, bucket] of buckets) if (bucket.resetAt <= now) buckets.delete(key);
    const key = `${route}|${request.ip}`;
    const bucket = buckets.get(key);
    if (!bucket || bucket.resetAt <= now) buckets.set(key, { count: 1, resetAt: now + 60_000 });
    else if (++bucket.count > perMinute) {
      void reply.header('retry-after', String(Math.ceil((bucket.resetAt - now) / 1000)));
      return send(reply, request, new HttpException({ title: 'too many requests', message: 'Too many requests; wait a minute and try again.' }, 429));
    }
  });
}
