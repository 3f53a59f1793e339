// Lighthouse 12.2.3 (13 needs Node 22) on the learner's pages, as a trainee on a cheap phone sees
// them: Lighthouse's default mobile profile (simulated Slow 4G, 4× CPU slowdown, a phone-sized
// screen), Debian's Chromium, a fresh profile, nothing fetched from outside. Pages: `/`, `/courses`,
// a course page and a lesson page signed in. Each page runs LH_RUNS times (3 by default) and the
// median run by performance score is reported, since the machine is shared. Needs
// `nx run-many -t build -p api web` (npm run bench does it); runs on its own too:
// `node bench/lighthouse.bench.mjs`. Goals (issue 15): performance ≥ 0.95, accessibility 1.0,
// largest paint ≤ 2.5 s, CLS ≤ 0.1, first-load transfer ≤ 120 kB.
import lighthouse from 'lighthouse';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs';
import { startServer } from '../web/e2e/support/server.mjs';
import { enrolledLearnerToken } from '../web/e2e/support/transfer.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const COURSE = 'a1-foundations';
const ONLY = process.env.LH_PAGES?.split(',');
const ALL_PAGES = [
  { name: '`/`', path: '/' },
  { name: '`/courses`', path: '/courses' },
  { name: 'a course page', path: `/courses/${COURSE}` },
  { name: 'a lesson, signed in', path: `/courses/${COURSE}/lessons/a1-l1`, signedIn: true },
];
/** LH_PAGES=/,/courses runs only those paths. */
const PAGES = ONLY ? ALL_PAGES.filter((page) => ONLY.includes(page.path)) : ALL_PAGES;

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    requests: lhr.audits['network-requests']?.details?.items?.length,
    finalUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError?.message,
  };
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const median = (runs) => [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];

const port = await freePort();
const profile = mkdtempSync(join(tmpdir(), 'vt-lighthouse-'));
const server = await startServer({ LOG_REQUESTS: 'false' });
// A persistent context is Chromium's default profile, the one Lighthouse's tab opens in: the
// signed-in page's cookie and storage set through it are the ones Lighthouse sees.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
});
const results = [];
try {
  for (const page of PAGES) {
    if (page.signedIn) {
      // The session cookie and the app's "signed in" hint, written into the profile once (no
      // init script: Lighthouse's own tab must load untouched).
      await context.addCookies([{ name: 'vt_session', value: await enrolledLearnerToken(server.baseUrl, COURSE), url: server.baseUrl }]);
      const tab = await context.newPage();
      await tab.goto(`${server.baseUrl}/`);
      await tab.evaluate(() => localStorage.setItem('vt.signed-in', '1'));
      await tab.close();
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // A first visit: nothing in the HTTP cache. Anonymous pages also get Lighthouse's own storage
      // reset; the signed-in page keeps its storage (the session) and only loses the cache.
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      const result = await lighthouse(`${server.baseUrl}${page.path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: page.signedIn === true,
      });
      runs.push(figures(result.lhr));
    }
    // A run Lighthouse could not finish (say NO_FCP while the machine is busy) has no score: it is
    // counted and left out of the median, not read as 0.
    const scored = runs.filter((run) => !run.runtimeError && typeof run.performance === 'number');
    if (scored.length === 0) throw new Error(`${page.path}: ${runs[0].runtimeError}`);
    const chosen = median(scored);
    if (new URL(chosen.finalUrl).pathname !== page.path) throw new Error(`${page.path} ended on ${chosen.finalUrl}`);
    results.push({ page, chosen, runs: scored, failed: runs.length - scored.length });
    console.log(
      `${page.path}: performance ${chosen.performance}, LCP ${Math.round(chosen.lcp)} ms, CLS ${chosen.cls.toFixed(3)}, ${(chosen.bytes / 1024).toFixed(1)} kB`,
    );
  }
} finally {
  await context.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}

const s = (ms) => (ms / 1000).toFixed(1);
const lines = [
  '',
  '## Lighthouse, mobile profile',
  '',
  `Lighthouse 12.2.3, default mobile profile (simulated Slow 4G, 4× CPU slowdown), Debian's Chromium, fresh profile and empty HTTP cache for each run, against the built server on localhost. Median of ${RUNS} run(s) per page by performance score; the range of the performance score over the runs is in brackets. Load average of the machine at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (scores fall as other work competes for the CPU). Goals: performance ≥ 0.95, accessibility 1.0, LCP ≤ 2.5 s, CLS ≤ 0.1, transfer of the first load ≤ 120 kB.`,
  '',
  '| page | performance | accessibility | first paint (s) | largest paint (s) | blocking (ms) | CLS | transfer (kB) | requests |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map(({ page, chosen: c, runs, failed }) => {
    const scores = runs.map((r) => r.performance);
    const range = `${Math.min(...scores).toFixed(2)}–${Math.max(...scores).toFixed(2)}${failed ? `; ${failed} run(s) failed` : ''}`;
    return `| ${page.name} | **${c.performance.toFixed(2)}** (${range}) | ${c.accessibility.toFixed(2)} | ${s(c.fcp)} | **${s(c.lcp)}** | ${Math.round(c.tbt)} | ${c.cls.toFixed(3)} | ${(c.bytes / 1024).toFixed(1)} | ${c.requests} |`;
  }),
  '',
];
appendFileSync('bench/RESULTS.md', lines.join('\n'));
