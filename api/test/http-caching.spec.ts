import { execFileSync } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config/app-config.js';
import { noneMatch, staticCacheControl } from '../src/common/http-caching.js';
import { hasBuiltServer, startBuiltServer, type BuiltServer } from './built-server.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they crossed the wire (still compressed). */
  raw: Buffer;
  /** The body after undoing Content-Encoding. */
  text: string;
}

/**
 * A request as a browser makes it, with its own Accept-Encoding, reading the bytes on the wire:
 * fetch() would ask for its own encodings and hide the compressed size.
 */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const method = body === undefined ? 'GET' : 'POST';
    const sent = body === undefined ? headers : { ...headers, 'content-type': 'application/json' };
    const req = httpRequest(baseUrl + path, { method, headers: sent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        // A 304 has no body, whatever Content-Encoding it repeats.
        const encoding = raw.length > 0 ? res.headers['content-encoding'] : undefined;
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const GZIP_ONLY = { 'accept-encoding': 'gzip, deflate' };

describe('http-caching helpers', () => {
  it('caches hashed build files for a year and revalidates the rest, whichever variant is sent', () => {
    for (const path of ['/w/main-ABCD2345.js', '/w/chunk-Z2Y3X4W5.js.br', '/w/styles-HBGQ5ARN.css.gz', '/w/media/font-AB12CD34.woff2']) {
      expect({ path, policy: staticCacheControl(path) }).toEqual({ path, policy: 'public, max-age=31536000, immutable' });
    }
    for (const path of ['/w/index.html', '/w/index.html.br', '/w/index.html.gz', '/w/favicon.svg', '/w/favicon.svg.br']) {
      expect({ path, policy: staticCacheControl(path) }).toEqual({ path, policy: 'no-cache' });
    }
  });

  it('compares If-None-Match weakly, in lists and with *', () => {
    expect(noneMatch(undefined, 'W/"a"')).toBe(true);
    expect(noneMatch('W/"a"', 'W/"a"')).toBe(false);
    expect(noneMatch('"a"', 'W/"a"')).toBe(false);
    expect(noneMatch('W/"x", W/"a"', 'W/"a"')).toBe(false);
    expect(noneMatch('*', 'W/"a"')).toBe(false);
    expect(noneMatch('W/"b"', 'W/"a"')).toBe(true);
  });
});

describe.each(DATABASES)('compression and conditional reads of the API on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    learner = await t.signUp();
  });
  afterAll(() => t?.close());

  it('compresses the catalogue for a browser (br) and for a gzip-only client, and says it varies', async () => {
    const identity = await get(t.baseUrl, '/api/courses', { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.raw.length).toBeGreaterThan(1024);
    for (const [headers, encoding] of [
      [BROWSER, 'br'],
      [GZIP_ONLY, 'gzip'],
    ] as const) {
      const res = await get(t.baseUrl, '/api/courses', headers);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toEqual(JSON.parse(identity.text));
      expect(res.raw.length).toBeLessThan(identity.raw.length / 2);
      // Still every security header: compression runs after helmet's hook.
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('compresses a problem document past 1 kB and keeps it problem+json with every field error', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`unexpectedField${i}`, i]));
    const res = await get(t.baseUrl, '/api/auth/register', BROWSER, { ...unknown, email: 'not an email' });
    expect(res.status).toBe(400);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(res.text) as { status: number; errors: { field: string }[] };
    expect(Buffer.byteLength(res.text)).toBeGreaterThan(1024);
    expect(problem.status).toBe(400);
    expect(problem.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['email', 'unexpectedField39']));
  });

  it('leaves answers under 1 kB uncompressed, and a 404 stays problem+json with no ETag', async () => {
    const health = await get(t.baseUrl, '/api/health', BROWSER);
    expect(health.headers['content-encoding']).toBeUndefined();
    const missing = await get(t.baseUrl, '/api/courses/no-such-course', BROWSER);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.headers.etag).toBeUndefined();
    expect(JSON.parse(missing.text)).toMatchObject({ status: 404 });
  });

  it('answers a catalogue read with an ETag, and 304 with no body when the browser already has it', async () => {
    const first = await get(t.baseUrl, '/api/courses', BROWSER);
    const etag = first.headers.etag ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    // The tag names the content, not the encoding: a gzip client gets the same one.
    expect((await get(t.baseUrl, '/api/courses', GZIP_ONLY)).headers.etag).toBe(etag);
    const again = await get(t.baseUrl, '/api/courses', { ...BROWSER, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    // Another language is another representation.
    const french = await get(t.baseUrl, '/api/courses?lang=fr', { ...BROWSER, 'if-none-match': etag });
    expect(french.status).toBe(200);
    expect(french.headers.etag).not.toBe(etag);
  });

  it('gives a course page a new ETag once the learner enrols (its answer holds the enrolment), with the glossary in it', async () => {
    const path = '/api/courses/a1-foundations';
    const before = await get(t.baseUrl, path, { ...BROWSER, ...learner.auth });
    expect(before.status).toBe(200);
    expect((JSON.parse(before.text) as { glossary: unknown[] }).glossary.length).toBeGreaterThan(0);
    const tag = before.headers.etag ?? '';
    expect((await get(t.baseUrl, path, { ...BROWSER, ...learner.auth, 'if-none-match': tag })).status).toBe(304);
    await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } });
    const after = await get(t.baseUrl, path, { ...BROWSER, ...learner.auth, 'if-none-match': tag });
    expect(after.status).toBe(200);
    expect(JSON.parse(after.text)).toHaveProperty('enrolment');
    expect(after.headers.etag).not.toBe(tag);
  });

  it('answers a lesson read with 304 for its enrolled learner, and never 304 to someone it refuses', async () => {
    const path = '/api/courses/a1-foundations/lessons/a1-l1';
    const lesson = await get(t.baseUrl, path, { ...BROWSER, ...learner.auth });
    expect(lesson.status).toBe(200);
    expect(lesson.headers['content-encoding']).toBe('br');
    const tag = lesson.headers.etag ?? '';
    expect(tag).toMatch(/^W\//);
    const again = await get(t.baseUrl, path, { ...BROWSER, ...learner.auth, 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    // The tag is no key: a learner who is not enrolled gets 403, and nobody signed in 401.
    const stranger = await t.signUp();
    expect((await get(t.baseUrl, path, { ...BROWSER, ...stranger.auth, 'if-none-match': tag })).status).toBe(403);
    expect((await get(t.baseUrl, path, { ...BROWSER, 'if-none-match': tag })).status).toBe(401);
  });
});

describe('conditional reads under load shedding', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(undefined, { ...CURRICULUM, SHED_EVENT_LOOP_DELAY_MS: '50', SHED_SAMPLE_INTERVAL_MS: '100' })));
  afterAll(() => t?.close());

  it('sheds with 503 problem+json and Retry-After, not a 304, even when the browser holds the current tag', async () => {
    const etag = (await get(t.baseUrl, '/api/courses', BROWSER)).headers.etag ?? '';
    let busy = true;
    // 150 ms of work per turn of the event loop, as a CPU-bound server sees it (event-loop-shedding.spec.ts).
    const turns = (async () => {
      while (busy) {
        const until = Date.now() + 150;
        while (Date.now() < until) {
          /* busy */
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      await sleep(600);
      const shed = await get(t.baseUrl, '/api/courses', { ...BROWSER, 'if-none-match': etag });
      expect(shed.status).toBe(503);
      expect(shed.headers['retry-after']).toBe('1');
      expect(shed.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(shed.headers.etag).toBeUndefined();
      expect(JSON.parse(shed.text)).toMatchObject({ status: 503 });
    } finally {
      busy = false;
      await turns;
    }
  });
});

// The web app's files: @fastify/static cannot load under Jest, so the built server serves a small
// app made the way `nx run web:build` makes one (hashed names, then tools/precompress.mjs).
(hasBuiltServer ? describe : describe.skip)('the web app’s files (built server)', () => {
  let server: BuiltServer;
  let dataDir: string;
  const web = () => join(dataDir, 'web');
  // index.html past 1 kB, as Angular's is (it inlines critical CSS).
  const INDEX_HTML = `<!doctype html><html><head><style>${'body{margin:0}'.repeat(120)}</style></head><body><vt-root></vt-root><script src="main-ABCD2345.js" type="module"></script></body></html>`;
  const MAIN_JS = `export const strings = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `lesson ${i}`))};\n`;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-static-'));
    mkdirSync(web());
    writeFileSync(join(web(), 'index.html'), INDEX_HTML);
    writeFileSync(join(web(), 'main-ABCD2345.js'), MAIN_JS);
    writeFileSync(join(web(), 'styles-EFGH6789.css'), `${'.lesson p{margin-block:1rem}'.repeat(100)}\n`);
    writeFileSync(join(web(), 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(60)}</svg>`);
    execFileSync(process.execPath, [join(REPO_ROOT, 'tools/precompress.mjs'), web()]);
    server = await startBuiltServer({ DATA_DIR: dataDir, WEB_DIR: web(), LOG_REQUESTS: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['/main-ABCD2345.js', /javascript/],
    ['/styles-EFGH6789.css', /text\/css/],
  ])('sends %s as the build’s Brotli file, cached for a year, varying by Accept-Encoding', async (path, type) => {
    const res = await get(server.baseUrl, path, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // What a script or stylesheet obeys stays; what only a document obeys goes (600 bytes a file).
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers.etag).toBeUndefined();
    // The very bytes the build wrote, not a second compression of them.
    expect(res.raw.equals(readFileSync(join(web(), `${path}.br`)))).toBe(true);
    expect(res.text).toBe(readFileSync(join(web(), path), 'utf8'));
  });

  it('sends the gzip file to a client without Brotli, and the file itself to one without compression', async () => {
    const gzip = await get(server.baseUrl, '/main-ABCD2345.js', GZIP_ONLY);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.raw.equals(readFileSync(join(web(), 'main-ABCD2345.js.gz')))).toBe(true);
    const plain = await get(server.baseUrl, '/main-ABCD2345.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(MAIN_JS);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it.each(['/', '/index.html', '/favicon.svg'])('has the browser revalidate the unhashed %s, compressed too', async (path) => {
    const res = await get(server.baseUrl, path, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // Revalidated, so it keeps a validator: an unchanged file costs a 304, not a download.
    expect(res.headers.etag).toBeDefined();
    const again = await get(server.baseUrl, path, { ...BROWSER, 'if-none-match': res.headers.etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('compresses the index.html it serves for a deep link, and has it revalidated', async () => {
    const res = await get(server.baseUrl, '/courses/a1-foundations/lessons/a1-l1', BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(INDEX_HTML);
  });
});
