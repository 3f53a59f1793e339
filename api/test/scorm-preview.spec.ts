import JSZip from 'jszip';
import { request as httpRequest } from 'node:http';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

const PREVIEW = '/api/trainer/courses/tw-preview/scorm/preview/scorm12/en';

/** A request with the path sent exactly as written (fetch would resolve `..` before sending). */
function rawGet(baseUrl: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The SCORM preview serves the exported zip's own files, same origin, frameable by the app only. */
describe.each(DATABASES)('SCORM preview on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;

  beforeAll(async () => {
    t = await startTestApp(url);
    trainer = await t.signUp('trainer');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: trainerCourse('tw-preview') })).status).toBe(201);
  });
  afterAll(() => t?.close());

  it('serves every file of the exported zip, byte for byte, with its content type', async () => {
    const download = await fetch(`${t.baseUrl}/api/trainer/courses/tw-preview/scorm?format=scorm12&lang=en`, { headers: trainer.auth });
    expect(download.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await download.arrayBuffer()));
    const names = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html', 'player.js', 'player.css']));
    const types: Record<string, RegExp> = {
      'index.html': /^text\/html/,
      'player.js': /^text\/javascript/,
      'player.css': /^text\/css/,
      'imsmanifest.xml': /^application\/xml/,
    };
    for (const name of names) {
      const res = await fetch(`${t.baseUrl}${PREVIEW}/${name}`, { headers: trainer.auth });
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      expect(Buffer.from(await res.arrayBuffer()).equals(await zip.files[name].async('nodebuffer'))).toBe(true);
      if (types[name]) expect({ name, type: res.headers.get('content-type') }).toEqual({ name, type: expect.stringMatching(types[name]) });
    }
  });

  it('lets only this origin frame the package, and nothing else of the API', async () => {
    const res = await t.request('GET', `${PREVIEW}/index.html`, { headers: trainer.auth });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const elsewhere = await t.request('GET', '/api/health');
    expect(elsewhere.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('plays the latest content: an edit makes a new package', async () => {
    const changed = trainerCourse('tw-preview');
    changed.texts.en!.title = 'Intake briefing, second edition';
    expect((await t.request('PUT', '/api/trainer/courses/tw-preview', { headers: trainer.auth, body: changed })).status).toBe(200);
    const res = await t.request('GET', `${PREVIEW}/index.html`, { headers: trainer.auth });
    expect(res.body).toEqual(expect.stringContaining('<title>Intake briefing, second edition</title>'));
  });

  it.each([
    ['an encoded parent path', `${PREVIEW}/..%2F..%2F..%2Fpackage.json`],
    ['a raw parent path', `${PREVIEW}/../../../../package.json`],
    ['a dot segment', `${PREVIEW}/./index.html`],
    ['an encoded backslash', `${PREVIEW}/..%5C..%5Cpackage.json`],
    ['an absolute path', `${PREVIEW}/%2Fetc%2Fpasswd`],
  ])('refuses %s and reads nothing outside the package', async (_name, path) => {
    const res = await rawGet(t.baseUrl, path, trainer.auth);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('"name"');
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('player.js');
  });

  it('answers 404 for a file the package does not hold, 400 for a bad format, language or a language the course lacks', async () => {
    expect((await t.request('GET', `${PREVIEW}/secret.txt`, { headers: trainer.auth })).status).toBe(404);
    const badFormat = await t.request('GET', '/api/trainer/courses/tw-preview/scorm/preview/scorm3/en/index.html', { headers: trainer.auth });
    expect(badFormat.status).toBe(400);
    expect(badFormat.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.request('GET', '/api/trainer/courses/tw-preview/scorm/preview/scorm12/xx/index.html', { headers: trainer.auth })).status).toBe(400);
    expect((await t.request('GET', '/api/trainer/courses/tw-preview/scorm/preview/scorm12/fr/index.html', { headers: trainer.auth })).status).toBe(400);
  });

  it("keeps a trainer's course to its owner", async () => {
    const other = await t.signUp('trainer');
    const trainee = await t.signUp('trainee');
    expect((await t.request('GET', `${PREVIEW}/index.html`, { headers: other.auth })).status).toBe(404);
    expect((await t.request('GET', `${PREVIEW}/index.html`, { headers: trainee.auth })).status).toBe(403);
    expect((await t.request('GET', `${PREVIEW}/index.html`)).status).toBe(401);
  });
});
