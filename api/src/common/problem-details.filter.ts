import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OverloadedException } from './overloaded.exception.js';
import { clientGone } from './request-log.js';

/** RFC 9457 problem details, the one error shape of the API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

/** The problem document for an exception; also used for answers sent before Nest's pipeline (load shedding). */
export function toProblem(exception: unknown, instance: string): ProblemDetails {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const problem: ProblemDetails = { type: 'about:blank', title: HttpStatus[status]?.replace(/_/g, ' ').toLowerCase() ?? 'error', status, instance };
    if (typeof body === 'string') problem.detail = body;
    else if (body && typeof body === 'object') {
      const { message, errors, title } = body as { message?: unknown; errors?: ProblemDetails['errors']; title?: string };
      if (title) problem.title = title;
      if (Array.isArray(message)) problem.detail = message.join('; ');
      else if (typeof message === 'string') problem.detail = message;
      if (errors) problem.errors = errors;
    }
    return problem;
  }
  return { type: 'about:blank', title: 'internal server error', status: 500, instance, detail: 'Something went wrong on our side; it has been logged.' };
}

/**
 * Turns every error into application/problem+json, never a stack trace. It also serves the web
 * app's index.html for unknown non-API GETs, so that deep links into the single-page app work.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly indexHtml: string | undefined;

  constructor(webDir?: string) {
    const index = webDir ? join(webDir, 'index.html') : undefined;
    this.indexHtml = index && existsSync(index) ? readFileSync(index, 'utf8') : undefined;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status === 404 && request.method === 'GET' && this.indexHtml && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path)) {
      void reply.status(200).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(this.indexHtml);
      return;
    }
    if (exception instanceof OverloadedException) void reply.header('retry-after', String(exception.retryAfterSeconds));
    else if (clientGone(request)) {
      // The client hung up mid-request: nothing to answer and nothing wrong on our side.
      this.logger.debug(`request aborted by the client: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(status).type('application/problem+json').send(toProblem(exception, path));
  }
}
