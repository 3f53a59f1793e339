// What a phone on a slow link downloads (issue 15): the first load of `/`, of the catalogue and of
// a lesson (signed in, enrolled) in Debian's Chromium against the built server, counted by
// Chromium itself (DevTools protocol encodedDataLength: bytes on the wire, headers included).
// Baseline in the same run: the same pages for a client that accepts no compression
// (Accept-Encoding: identity). Also a repeat visit with the browser's cache kept, which shows the
// year-long caching of hashed files and the ETag/304 answers. Needs `nx run web:build` and
// `nx run api:build` (npm run bench does both). Goal: the first page of / ≤ 120 kB.
import { appendFileSync } from 'node:fs';
import { launchBrowser } from '../web/e2e/support/browser.mjs';
import { startServer } from '../web/e2e/support/server.mjs';
import { measurePageLoad, signInEnrolledLearner } from '../web/e2e/support/transfer.mjs';

const COURSE = 'a1-foundations';
const GOAL_BYTES = 120 * 1024;
const PAGES = [
  { name: '`/` (home)', path: '/', ready: (page) => page.locator('h1').waitFor() },
  { name: '`/courses` (catalogue)', path: '/courses', ready: (page) => page.locator(`a[href^="/courses/${COURSE}"]`).first().waitFor() },
  {
    name: 'a lesson, signed in',
    path: `/courses/${COURSE}/lessons/a1-l1`,
    signedIn: true,
    ready: (page) => page.locator('article.lesson h1').waitFor(),
  },
];

const kB = (bytes) => (bytes / 1024).toFixed(1);

async function measure(browser, baseUrl, page, options) {
  const context = await browser.newContext();
  try {
    if (page.signedIn) await signInEnrolledLearner(context, baseUrl, COURSE);
    const url = baseUrl + page.path;
    const first = await measurePageLoad(context, url, { ...options, ready: page.ready, cache: true });
    const repeat = await measurePageLoad(context, url, { ...options, ready: page.ready, cache: true });
    return { first, repeat };
  } finally {
    await context.close();
  }
}

const server = await startServer({ LOG_REQUESTS: 'false' });
const browser = await launchBrowser();
const rows = [];
let acceptEncoding = '';
try {
  for (const page of PAGES) {
    const plain = await measure(browser, server.baseUrl, page, { acceptEncoding: 'identity' });
    const compressed = await measure(browser, server.baseUrl, page, {});
    acceptEncoding ||= compressed.first.responses[0]?.sentEncoding ?? '';
    const uncompressedAssets = compressed.first.responses.filter((r) => /\.(js|css)$/.test(new URL(r.url).pathname) && !r.contentEncoding);
    if (uncompressedAssets.length) throw new Error(`served without compression: ${uncompressedAssets.map((r) => r.url).join(', ')}`);
    rows.push({ page, plain, compressed });
    console.log(
      `${page.path}: ${kB(plain.first.bytes)} kB uncompressed, ${kB(compressed.first.bytes)} kB compressed, repeat visit ${kB(compressed.repeat.bytes)} kB`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}

const home = rows[0].compressed.first.bytes;
const lines = [
  '',
  '## Transfer: what the first load of a page downloads, compressed vs uncompressed',
  '',
  `Debian's Chromium against the built server (\`node api/dist/main.js\`), HTTP/1.1 on localhost, fresh profile; bytes as Chromium counts them on the wire (headers included), once the network is idle. Baseline in the same run: the same page for a client sending \`Accept-Encoding: identity\`. Chromium sent \`Accept-Encoding: ${acceptEncoding}\`. The repeat visit reloads the page with the browser's cache kept (hashed files come from it; index.html and the API answer 304 where nothing changed).`,
  '',
  '| page | requests | uncompressed (kB) | compressed (kB) | ratio | repeat visit, compressed (kB) | repeat visit, uncompressed (kB) |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    ({ page, plain, compressed }) =>
      `| ${page.name} | ${compressed.first.responses.length} | ${kB(plain.first.bytes)} | ${kB(compressed.first.bytes)} | **${(compressed.first.bytes / plain.first.bytes).toFixed(2)}** | ${kB(compressed.repeat.bytes)} | ${kB(plain.repeat.bytes)} |`,
  ),
  '',
  `First load of \`/\`: **${kB(home)} kB** (goal ≤ ${GOAL_BYTES / 1024} kB: ${home <= GOAL_BYTES ? 'met' : 'NOT met'}).`,
  '',
];
appendFileSync('bench/RESULTS.md', lines.join('\n'));
