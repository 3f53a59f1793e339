import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { OverloadedException } from './overloaded.exception.js';
import { toProblem } from './problem-details.filter.js';

/** What a shed request is told: try again in a second (the same as a full write queue). */
export const SHED_RETRY_AFTER_SECONDS = 1;

/** The one route never shed: load balancers and operators must still be able to ask. */
const HEALTH_ROUTE = '/api/health';

/** Fastify decoration telling whether shedding is armed (see registerLoadShedding). */
const ARMED = 'vtSheddingArmed';

/**
 * Sheds load by event-loop lag. The write-queue limit (database/transactions.ts) only sees writes
 * waiting for the database; when the process itself is CPU-bound (too many learners for the
 * cores), requests wait in the event loop instead and time out at the client. @fastify/under-pressure
 * measures the mean event-loop delay every `sampleIntervalMs`; past the threshold, API requests are
 * answered at once in the onRequest hook (before the body is read, so nothing is written) with the
 * same 503 problem+json and Retry-After as a full write queue. Helmet's headers are applied by an
 * earlier onRequest hook, so shed answers carry them too. Health is answered, and says "degraded".
 * The web app's static files are not shed: a learner loading the app should get the app, whose
 * API calls then see the 503 and retry.
 */
export async function registerLoadShedding(fastify: FastifyInstance, config: AppConfig['shedding']): Promise<void> {
  limitRequestsInFlight(fastify, config.inFlightLimit);
  // The plugin measures from the moment it loads, so its first samples hold start-up work
  // (migrations, the curriculum sync) that blocks the loop once; arming two samples after the
  // server is ready keeps that from refusing the first requests.
  let armed = false;
  fastify.addHook('onReady', (done) => {
    setTimeout(() => (armed = true), 2 * config.sampleIntervalMs).unref();
    done();
  });
  fastify.decorate(ARMED, () => armed);
  const shed = (request: FastifyRequest, reply: FastifyReply): object | undefined => {
    if (!armed || request.routeOptions.url === HEALTH_ROUTE || !request.url.startsWith('/api/')) return undefined;
    void reply.status(503).header('retry-after', String(SHED_RETRY_AFTER_SECONDS)).type('application/problem+json');
    return toProblem(new OverloadedException(SHED_RETRY_AFTER_SECONDS), request.url.split('?')[0]);
  };
  await fastify.register(underPressure, {
    maxEventLoopDelay: config.eventLoopDelayMs,
    maxEventLoopUtilization: config.eventLoopUtilization,
    sampleInterval: config.sampleIntervalMs,
    // The plugin sends whatever a handler returns (its README: "any other return value than a
    // promise or nullish will be sent"), and undefined lets the request through; its typings only
    // allow void, hence the cast.
    pressureHandler: shed as unknown as FastifyUnderPressureOptions['pressureHandler'],
  });
}

/** Whether the process is shedding load right now (false when shedding is off or not yet armed). */
export function isShedding(fastify: FastifyInstance): boolean {
  const armed = (fastify as unknown as Record<typeof ARMED, (() => boolean) | undefined>)[ARMED];
  return armed?.() === true && fastify.isUnderPressure();
}

/**
 * A cap on the API requests this process has read and not yet answered. Lag shedding sees a busy
 * event loop, the write-queue limit a queue for the database; requests can also pile up waiting
 * on both at once, or on the PostgreSQL pool (database/pool-queue.ts), with the loop idle. Past
 * `limit`, a new request is answered 503 + Retry-After in onRequest, before its body is read, so
 * nothing is written. A request stops counting when its response closes: sent, or abandoned by
 * the client. Health is never counted nor refused.
 */
function limitRequestsInFlight(fastify: FastifyInstance, limit: number): void {
  let inFlight = 0;
  const finished = () => inFlight--;
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.url === HEALTH_ROUTE || !request.url.startsWith('/api/')) return done();
    if (inFlight >= limit) {
      void reply
        .status(503)
        .header('retry-after', String(SHED_RETRY_AFTER_SECONDS))
        .type('application/problem+json')
        .send(toProblem(new OverloadedException(SHED_RETRY_AFTER_SECONDS), request.url.split('?')[0]));
      return;
    }
    inFlight++;
    reply.raw.once('close', finished);
    done();
  });
}
