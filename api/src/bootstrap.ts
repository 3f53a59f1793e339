import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module.js';
import { LOG_LEVELS, type AppConfig } from './config/app-config.js';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { registerCompression, registerConditionalReads, setStaticHeaders } from './common/http-caching.js';
import { registerLoadShedding } from './common/load-shedding.js';
import { applyCourseBodyLimit } from './common/body-limits.js';
import { registerInputChecks } from './common/input-rules.js';
import { frameworkErrors, registerCacheControl, registerRequestChecks, registerRouteRateLimit } from './common/http-boundary.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { requestLoggerOptions } from './common/request-log.js';
import { applySecurityHeadersOnce, securityHeaders } from './common/security-headers.js';
import { createValidationPipe } from './common/validation.js';
import { setupOpenApi } from './openapi/openapi.js';

/** Builds the application (used by main.ts and by the integration tests, so they test the real thing). */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  // One JSON line per request, unless logging is off (the tests) or LOG_REQUESTS=false.
  const logRequests = options.logger !== false && config.logRequests;
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY lists, so rate limits count real addresses.
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: config.bodyLimit, frameworkErrors, ...requestLoggerOptions(logRequests) });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger ?? LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  applyCourseBodyLimit(app.getHttpAdapter().getInstance(), config.courseBodyLimit);
  // No control characters, no JSON deeper than 64 levels, before any DTO or database sees the input.
  registerInputChecks(app.getHttpAdapter().getInstance());
  // JSON-only writes, Origin on cookie writes, Cache-Control, and a limit on certificate verification.
  registerRequestChecks(app.getHttpAdapter().getInstance(), { publicUrl: config.publicUrl });
  registerCacheControl(app.getHttpAdapter().getInstance());
  registerRouteRateLimit(app.getHttpAdapter().getInstance(), ['GET /api/certificates/verify/:code'], config.verifyRateLimit);
  // Nest's typings for register() lag behind Fastify 5's plugin type; the plugin itself is standard.
  await app.register(fastifyCookie as unknown as Parameters<typeof app.register>[0]);
  // Security headers on every response, the API's and the web app's (see common/security-headers.ts).
  await app.register(fastifyHelmet as unknown as Parameters<typeof app.register>[0], securityHeaders(config.webDir, config.publicUrl));
  applySecurityHeadersOnce(app.getHttpAdapter().getInstance());
  // After the security headers' hook, so that shed answers carry them too.
  await registerLoadShedding(app.getHttpAdapter().getInstance(), config.shedding);
  // ETag/304 on marked reads, then compression of what is sent (before the static files, whose
  // precompressed variants it leaves alone): see common/http-caching.ts.
  registerConditionalReads(app.getHttpAdapter().getInstance());
  await registerCompression(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(config.webDir));
  setupOpenApi(app);
  if (existsSync(config.webDir)) {
    await app.useStaticAssets({
      root: config.webDir,
      prefix: '/',
      // Hashed file names are cached for a year, the rest (index.html, favicon) revalidated; the
      // build's .br/.gz siblings are sent to clients that accept them (tools/precompress.mjs).
      // @fastify/static 10 hands us the Fastify reply, though Nest's typings still say a raw response.
      setHeaders: (reply: unknown, path: string) => setStaticHeaders(reply as FastifyReply, path),
      preCompressed: true,
    });
  } else {
    new Logger('Web').warn(`No built web app at ${config.webDir}: run "npm start" (or "npx nx run web:build") to build it.`);
  }
  app.enableShutdownHooks();
  return app;
}

export type App = INestApplication;
