import fastifyCompress from '@fastify/compress';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { constants as zlib } from 'node:zlib';

/**
 * What crosses a slow link, kept small three ways (issue 15):
 * - the web app's files are compressed once by the build (tools/precompress.mjs writes `.br` and
 *   `.gz` beside each) and served as such by @fastify/static's `preCompressed`; hashed files are
 *   cached for a year, the rest revalidated (staticCacheControl);
 * - API responses above 1 kB are compressed as they are sent (registerCompression);
 * - reads marked @ConditionalRead() carry an ETag and answer 304 with no body when the browser
 *   already holds that version (registerConditionalReads).
 * None of this sets or reads Cache-Control on API responses: that is the routes' business (private,
 * no-cache on signed-in reads), and a 304 answers any of them the same way.
 */

/** Angular's output names carry an 8-character content hash (`main-ABCD2345.js`, `chunk-….js`, `media/x-….woff2`). */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const COMPRESSED_SIBLING = /\.(br|gz)$/;

/**
 * Cache-Control for a file of the built web app. `path` is the file actually sent, which with
 * precompression may be `main-….js.br` or `index.html.gz`: the policy is the logical file's.
 */
export function staticCacheControl(path: string): string {
  return HASHED_FILE.test(path.replace(COMPRESSED_SIBLING, '')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Helmet's headers that only a document (or a worker) obeys: a browser ignores them on a script or
 * a stylesheet that a page loads. Over HTTP/1.1 they cost about 600 bytes on each of the fifteen
 * or so files of the first page, a tenth of its download, so hashed files go without them. They
 * keep nosniff, Cross-Origin-Resource-Policy and Referrer-Policy (a module script's imports
 * follow its response's referrer policy). index.html, and any unhashed file such as a future
 * service worker, keep them all.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/** Headers of a file of the built web app (@fastify/static's setHeaders). */
export function setStaticHeaders(reply: FastifyReply, path: string): void {
  const cacheControl = staticCacheControl(path);
  void reply.header('cache-control', cacheControl);
  if (cacheControl === 'no-cache') return;
  for (const name of DOCUMENT_ONLY_HEADERS) reply.removeHeader(name);
  // A hashed file is never revalidated (its name changes with its content): validators are dead weight.
  reply.removeHeader('etag');
  reply.removeHeader('last-modified');
}

/**
 * Compression of what the app computes per request (API JSON, problem documents, the index.html
 * served for deep links). Brotli at quality 4, not the library's default 11: a response is
 * compressed on every request, and quality 11 costs tens of times the CPU for a few per cent less.
 * Only br and gzip (what every browser we support sends), so Node 22's zstd does not change what
 * clients receive. Request bodies are not decompressed: nothing of ours sends them compressed, and a
 * small compressed body must not expand past BODY_LIMIT's intent.
 */
export async function registerCompression(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    globalDecompression: false,
  });
}

/** Marks a GET route whose answer carries an ETag and honours If-None-Match (see registerConditionalReads). */
export const ConditionalRead = (): MethodDecorator => RouteConfig({ conditionalRead: true });

/** A weak validator from the response bytes: equal JSON means an equal tag, whatever the encoding on the wire. */
export function weakETag(payload: string | Buffer): string {
  return `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
}

/** RFC 9110 §13.1.2: If-None-Match uses weak comparison; `*` matches any current representation. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return !header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * ETag + 304 for routes marked @ConditionalRead(). The tag is a hash of the serialised body, so it
 * changes with anything the answer holds (course content, language, the learner's own enrolment on
 * a course page) and never needs invalidating. Registered before compression, whose onSend hook
 * runs after this one: the tag is taken from the JSON, not from compressed bytes.
 */
export function registerConditionalReads(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply: FastifyReply, payload, done) => {
    const marked = (request.routeOptions.config as { conditionalRead?: boolean } | undefined)?.conditionalRead === true;
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!marked || !read || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      done(null, payload);
      return;
    }
    const etag = weakETag(payload);
    void reply.header('etag', etag);
    if (noneMatch(request.headers['if-none-match'], etag)) {
      done(null, payload);
      return;
    }
    // Not modified: no body and no length of one (Fastify writes none for a 304 with a null payload).
    void reply.code(304);
    reply.removeHeader('content-length');
    done(null, null);
  });
}
