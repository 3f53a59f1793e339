import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineHandlerHashes } from '../src/common/security-headers.js';
import { hasBuiltServer, startBuiltServer, type BuiltServer } from './built-server.js';
import { startTestApp, type TestApp } from './test-app.js';

// The shape of Angular's production index.html: inlined critical CSS and a stylesheet switched on by an onload handler.
const INDEX_HTML = `<!doctype html><html><head><style>body{margin:0}</style>
<link rel="stylesheet" href="styles.css" media="print" onload="this.media='all'"></head>
<body><vt-root></vt-root><script src="main.js" type="module"></script></body></html>`;
// The well-known SHA-256 of the handler body this.media='all' (base64), as browsers compute it.
const MEDIA_HANDLER_HASH = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('inlineHandlerHashes', () => {
  it('hashes each distinct inline handler body once', () => {
    expect(inlineHandlerHashes(INDEX_HTML + INDEX_HTML)).toEqual([MEDIA_HANDLER_HASH]);
    expect(inlineHandlerHashes('<p>no handlers</p>')).toEqual([]);
  });
});

function expectStrictHeaders(headers: Headers, scriptSrcAttr: string[]): void {
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('default-src')).toEqual(["'self'"]);
  // No inline script, no eval; at most the hashed stylesheet handler of the built page.
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('script-src-attr')).toEqual(scriptSrcAttr);
  expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect([...csp.values()].flat().join(' ')).not.toMatch(/unsafe-eval|\*|https?:/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
  // Served over plain http here: no HSTS, which browsers would ignore anyway.
  expect(headers.get('strict-transport-security')).toBeNull();
}

// Headers do not depend on the database, so SQLite alone is enough here.
describe('security headers on the API (helmet)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t?.close());

  it.each(['/api/health', '/api/no-such-thing'])('sends a strict CSP and the other helmet headers on %s', async (path) => {
    const res = await t.request('GET', path);
    expect(res.status).toBe(path === '/api/health' ? 200 : 404);
    // No web app in this data directory: no handler hashes, so no inline handler may run at all.
    expectStrictHeaders(res.headers, ["'none'"]);
  });
});

// @fastify/static cannot load under Jest (an ESM dependency required from CommonJS), so the web app is served by the built server.
(hasBuiltServer ? describe : describe.skip)('security headers on the web app (built server)', () => {
  let server: BuiltServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-web-'));
    mkdirSync(join(dataDir, 'web'));
    writeFileSync(join(dataDir, 'web', 'index.html'), INDEX_HTML);
    server = await startBuiltServer({ DATA_DIR: dataDir, WEB_DIR: join(dataDir, 'web'), LOG_REQUESTS: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['/', '/courses/a1-foundations', '/api/health'])('sends the strict CSP, allowing only the hashed stylesheet handler, on %s', async (path) => {
    const res = await fetch(server.baseUrl + path);
    expect(res.status).toBe(200);
    expectStrictHeaders(res.headers, ["'unsafe-hashes'", MEDIA_HANDLER_HASH]);
    if (path !== '/api/health') expect(await res.text()).toContain('<vt-root>');
  });
});

describe('security headers behind HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(undefined, { PUBLIC_URL: 'https://academy.example.org' })));
  afterAll(() => t?.close());

  it('adds HSTS and upgrade-insecure-requests', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directives(res.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});
