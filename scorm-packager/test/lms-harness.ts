/**
 * A test LMS: one HTTP server on 127.0.0.1 serving a harness page that hosts scorm-again as
 * `window.API` / `window.API_1484_11`, scorm-again's ES build, and unzipped packages under
 * /pkg/<name>/ (same origin, as the SCO must reach the API through `window.parent`).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const SCORM_AGAIN = fileURLToPath(new URL('../../node_modules/scorm-again/dist/esm/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.xsd': 'application/xml' };

/** Runs in the page: each launch gets a fresh API object and a fresh iframe, and logs every call. */
const HARNESS = `<!doctype html><html><head><meta charset="utf-8"><title>Test LMS</title></head><body>
<script type="module">
import { Scorm12API, Scorm2004API } from '/scorm-again/scorm-again.js';
window.lmsLog = [];
window.launch = (pkg, version, saved) => {
  const settings = { mastery_override: true, autocommit: false, logLevel: 5 };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (saved) api.loadFromJSON(saved, '');
  const log = (call, element, value) => window.lmsLog.push({ launch: pkg + '#' + window.lmsLog.filter((e) => e.call === 'launch').length, call, element, value, error: String(api.lastErrorCode ?? '0') });
  const names = version === '1.2'
    ? ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'LMSSetValue.cmi.*']
    : ['Initialize', 'Commit', 'Terminate', 'SetValue.cmi.*'];
  for (const name of names) api.on(name, (element, value) => log(name.split('.')[0], typeof element === 'string' ? element : undefined, value));
  log('launch');
  delete window.API; delete window.API_1484_11;
  if (version === '1.2') window.API = api; else window.API_1484_11 = api;
  window.currentApi = api;
  document.querySelector('iframe')?.remove();
  const frame = document.createElement('iframe');
  frame.name = 'sco';
  frame.style.cssText = 'width:1000px;height:800px';
  frame.src = '/pkg/' + pkg + '/index.html';
  document.body.append(frame);
};
window.closeSco = () => { document.querySelector('iframe').src = 'about:blank'; };
window.lmsValue = (element) => window.currentApi.getCMIValue(element);
window.harnessReady = true;
</script></body></html>`;

export interface Harness {
  baseUrl: string;
  /** Unzips a package under /pkg/<name>/. */
  addPackage(name: string, zip: Buffer): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const packages = new Map<string, Map<string, Buffer>>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: Buffer | string, type = 'text/plain') => res.writeHead(status, { 'content-type': type }).end(body);
    if (path === '/harness.html') return send(200, HARNESS, TYPES['.html']);
    if (path.startsWith('/scorm-again/')) {
      const file = join(SCORM_AGAIN, normalize(path.slice('/scorm-again/'.length)).replace(/^(\.\.[/\\])+/, ''));
      return existsSync(file) && statSync(file).isFile() ? send(200, readFileSync(file), TYPES['.js']) : send(404, 'not found');
    }
    const match = /^\/pkg\/([^/]+)\/(.+)$/.exec(path);
    const body = match ? packages.get(match[1])?.get(match[2]) : undefined;
    return body ? send(200, body, TYPES[extname(path)] ?? 'application/octet-stream') : send(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async addPackage(name, zip) {
      const files = new Map<string, Buffer>();
      const archive = await JSZip.loadAsync(zip);
      for (const entry of Object.values(archive.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
      packages.set(name, files);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
