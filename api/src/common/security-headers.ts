import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hashes of the inline event handlers in the built index.html. Angular's production build inlines
 * critical CSS and loads the full stylesheet with `onload="this.media='all'"`; under
 * `script-src 'self'` that handler would be blocked and the page would stay unstyled. Allowing
 * exactly those handler bodies by hash ('unsafe-hashes') keeps every other inline script out.
 */
export function inlineHandlerHashes(indexHtml: string): string[] {
  const bodies = new Set<string>();
  for (const match of indexHtml.matchAll(/\son[a-z]+="([^"]*)"/gi)) bodies.add(match[1]);
  return [...bodies].map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * @fastify/helmet's options: a strict Content-Security-Policy (same origin only, no inline
 * scripts, no plugins, no framing) that the Angular app still runs under. Styles keep
 * 'unsafe-inline' because Angular adds component styles as <style> elements at run time and the
 * build inlines critical CSS; style injection cannot run script.
 */
export function securityHeaders(webDir: string, publicUrl: string): FastifyHelmetOptions {
  const index = join(webDir, 'index.html');
  const handlerHashes = existsSync(index) ? inlineHandlerHashes(readFileSync(index, 'utf8')) : [];
  const https = publicUrl.startsWith('https:');
  return {
    // Applied by applySecurityHeadersOnce below rather than rebuilt by the plugin on each request.
    global: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: handlerHashes.length > 0 ? ["'unsafe-hashes'", ...handlerHashes] : ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only behind HTTPS: on plain http://localhost it would send the app's own requests to https.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS over plain HTTP is ignored by browsers and would be misleading; send it when served over HTTPS.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  };
}

type HeaderValue = number | string | string[];

/**
 * Applies helmet's headers to every response. @fastify/helmet, registered with `global: true`,
 * rebuilds helmet's middleware (re-parsing the whole policy) on every request, which cost about
 * a tenth of the CPU of a small API call. The policy here never varies per request (no nonces), so
 * helmet runs once, through the plugin's `reply.helmet()`, and its headers are replayed after,
 * into Fastify's own header object (`reply.headers`): Node's `setHeader` re-validates every name
 * and value on each call, and the headers are handed to `writeHead` together anyway. A route may
 * still replace one with `reply.header` (the SCORM preview's CSP).
 */
export function applySecurityHeadersOnce(fastify: FastifyInstance): void {
  let headers: Record<string, HeaderValue> | undefined;
  fastify.addHook('onRequest', (_request, reply, done) => {
    if (headers) {
      reply.headers(headers);
    } else {
      const before = new Set(reply.raw.getHeaderNames());
      void reply.helmet();
      headers = Object.fromEntries(
        Object.entries(reply.raw.getHeaders()).filter((entry): entry is [string, HeaderValue] => !before.has(entry[0]) && entry[1] !== undefined),
      );
    }
    done();
  });
}
