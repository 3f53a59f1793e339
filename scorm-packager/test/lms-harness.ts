/**
 * A test LMS: one HTTP server on 127.0.0.1 serving a harness page that hosts scorm-again as
 * `window.API` / `window.API_1484_11`, scorm-again's ES build, unzipped packages under
 * /pkg/<name>/ (same origin, as the SCO must reach the API through `window.parent`), and a commit
 * endpoint that records what scorm-again sends when a launch is given an `lmsCommitUrl`.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { CMI_CHECK_SCRIPT } from './cmi-types.js';

const SCORM_AGAIN = fileURLToPath(new URL('../../node_modules/scorm-again/dist/esm/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

/**
 * Runs in the page: each launch gets a fresh API object and a fresh iframe, and logs every call.
 * `options.commitUrl` makes scorm-again post every commit there (synchronous XHR for Commit, and
 * `navigator.sendBeacon` for the final one at LMSFinish/Terminate, marked with `?final=true`);
 * `options.fill` sizes the SCO frame to the whole viewport, as an LMS's mobile player does;
 * `options.frame` ({ width, height }) gives it a fixed size, as Moodle's in-page player does.
 */
const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test LMS</title><style>body{margin:0}</style></head><body>
<script type="module">
import { Scorm12API, Scorm2004API } from '/scorm-again/scorm-again.js';
__CMI_CHECK__
window.lmsLog = [];
let launches = 0;
window.launch = (pkg, version, saved, options = {}) => {
  const settings = { mastery_override: true, autocommit: false, logLevel: 5 };
  if (options.commitUrl) Object.assign(settings, { lmsCommitUrl: options.commitUrl, terminateCommitParam: 'final' });
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (saved) api.loadFromJSON(saved, '');
  const launch = pkg + '#' + launches++;
  const log = (call, element, value) => window.lmsLog.push({ launch, call, element, value, error: String(api.lastErrorCode ?? '0') });
  const names = version === '1.2'
    ? ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'LMSSetValue.cmi.*']
    : ['Initialize', 'Commit', 'Terminate', 'SetValue.cmi.*'];
  for (const name of names) api.on(name, (element, value) => log(name.split('.')[0], typeof element === 'string' ? element : undefined, value));
  const [setName, getName, errorName, ...others] = version === '1.2'
    ? ['LMSSetValue', 'LMSGetValue', 'LMSGetLastError', 'LMSCommit', 'LMSFinish', 'LMSInitialize']
    : ['SetValue', 'GetValue', 'GetLastError', 'Commit', 'Terminate', 'Initialize'];
  let refused = '';
  const setValue = api[setName].bind(api);
  // The type set for each interaction, which decides how its responses are read (as Moodle does).
  const interactionTypes = {};
  api[setName] = (element, value) => {
    const index = /^cmi[.]interactions[.]([0-9]+)[.]/.exec(String(element))?.[1];
    refused = checkCmi(version, String(element), String(value), interactionTypes[index]) ?? '';
    if (!refused && /^cmi[.]interactions[.][0-9]+[.]type$/.test(String(element))) interactionTypes[index] = String(value);
    if (!refused) return setValue(element, value);
    window.lmsLog.push({ launch, call: setName, element, value, error: refused });
    return 'false';
  };
  for (const name of [getName, ...others]) {
    const original = api[name].bind(api);
    api[name] = (...args) => { refused = ''; return original(...args); };
  }
  const lastError = api[errorName].bind(api);
  api[errorName] = () => refused || lastError();
  log('launch');
  delete window.API; delete window.API_1484_11;
  if (version === '1.2') window.API = api; else window.API_1484_11 = api;
  window.currentApi = api;
  document.querySelector('iframe')?.remove();
  const frame = document.createElement('iframe');
  frame.name = 'sco';
  frame.title = 'SCO';
  frame.style.cssText = options.fill
    ? 'display:block;border:0;width:100vw;height:100vh'
    : options.frame
      ? 'display:block;border:0;width:' + options.frame.width + 'px;height:' + options.frame.height + 'px'
      : 'width:1000px;height:800px';
  frame.src = '/pkg/' + pkg + '/index.html';
  document.body.append(frame);
  return launch;
};
window.closeSco = () => { document.querySelector('iframe').src = 'about:blank'; };
window.lmsValue = (element) => window.currentApi.getCMIValue(element);
window.harnessReady = true;
</script></body></html>`;

/** One request scorm-again made to the commit endpoint. */
export interface CommitRecord {
  final: boolean;
  contentType: string;
  body: string;
}

export interface Harness {
  baseUrl: string;
  /** Unzips a package under /pkg/<name>/. */
  addPackage(name: string, zip: Buffer): Promise<void>;
  /** A file of a package added before (the manifest, say), as text. */
  packageText(name: string, path: string): string;
  /** Where a launch's `commitUrl` should point. */
  commitUrl: string;
  /** Every commit received so far, in arrival order. */
  commits(): CommitRecord[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const packages = new Map<string, Map<string, Buffer>>();
  const commits: CommitRecord[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, body: Buffer | string, type = 'text/plain') => res.writeHead(status, { 'content-type': type }).end(body);
    if (path === '/commit' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        commits.push({
          final: url.searchParams.get('final') === 'true',
          contentType: req.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        });
        send(200, JSON.stringify({ result: true, errorCode: 0 }), 'application/json');
      });
      return;
    }
    if (path === '/harness.html')
      return send(
        200,
        HARNESS.replace('__CMI_CHECK__', () => CMI_CHECK_SCRIPT),
        TYPES['.html'],
      );
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
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    commitUrl: `${baseUrl}/commit`,
    async addPackage(name, zip) {
      const files = new Map<string, Buffer>();
      const archive = await JSZip.loadAsync(zip);
      for (const entry of Object.values(archive.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
      packages.set(name, files);
    },
    packageText(name, path) {
      const file = packages.get(name)?.get(path);
      if (!file) throw new Error(`no ${path} in package ${name}`);
      return file.toString('utf8');
    },
    commits: () => [...commits],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What an LMS hands the SCO from the manifest at launch: 1.2 `student_data.mastery_score` from
 * `adlcp:masteryscore`, 2004 `scaled_passing_score` from the primary objective's
 * `minNormalizedMeasure`. Read from the package itself, not from the course settings.
 */
export function launchDataFromManifest(manifest: string, version: '1.2' | '2004'): Record<string, unknown> {
  if (version === '1.2') {
    const mastery = /<adlcp:masteryscore>([^<]+)<\/adlcp:masteryscore>/.exec(manifest)?.[1];
    if (!mastery) throw new Error('no adlcp:masteryscore in the manifest');
    return { student_data: { mastery_score: mastery } };
  }
  const measure = /<imsss:minNormalizedMeasure>([^<]+)<\/imsss:minNormalizedMeasure>/.exec(manifest)?.[1];
  if (!measure) throw new Error('no imsss:minNormalizedMeasure in the manifest');
  return { scaled_passing_score: String(Number(measure)) };
}
