import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';

/**
 * Fastify's own logging layer with its two default lines per request ("incoming request",
 * "request completed") replaced by ONE JSON line when the response is sent. Only the method, the
 * route pattern (so ids never appear), the status and the time are logged: never a body, a
 * header, a query string or a token.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    /* one line per request: written on completion only */
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    // A client that hung up (a phone losing signal) is not a server error: kept out of the error log.
    if (error && clientGone(request)) reply.log.debug({ ...line, error: error.message }, 'request aborted by the client');
    else if (error) reply.log.error({ ...line, error: error.message }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

/** Whether the client went away before the answer: its socket closed or its body was cut short. */
export function clientGone(request: FastifyRequest): boolean {
  return request.raw.aborted || request.raw.destroyed || request.raw.socket?.destroyed === true;
}

/**
 * pino through Fastify (fast JSON lines on stdout), or nothing at all when off (tests, LOG_REQUESTS=false).
 * It starts at `warn` so that Fastify's own "Server listening" lines stay out of the start-up
 * output; main.ts lowers it to `info` once the server listens, and the request lines begin.
 */
export function requestLoggerOptions(enabled: boolean): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  return enabled ? { logger: { level: 'warn', base: undefined }, logController: new OneLinePerRequest() } : { logger: false };
}
