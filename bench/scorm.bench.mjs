// SCORM packages: building every course × complete language × format with the packager against
// `zip -r -X` over the same staged files (the baseline, in the same run); package sizes; the SCO
// player's JavaScript gzip size. Needs the built packager (tools/bench.mjs builds it first).
import { completeLanguages } from '@vt/courses';
import { loadCourse } from '@vt/courses/node';
import { buildPackage, packageFiles, SCORM_FORMATS } from '@vt/scorm-packager';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

if (spawnSync('zip', ['-v']).error) throw new Error('zip not found: apt-get install zip');
const contentDir = 'courses/content';
const courses = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => loadCourse(join(contentDir, d.name)).course)
  .filter(Boolean);
const jobs = courses.flatMap((course) => completeLanguages(course).flatMap((lang) => SCORM_FORMATS.map((format) => ({ course, lang, format }))));

const work = mkdtempSync(join(tmpdir(), 'vt-scorm-bench-'));
const ROUNDS = 3;
let oursMs = Infinity;
let zipMs = Infinity;
const sizes = [];
try {
  // Stage each package's files once; the baseline zips exactly these.
  const staged = jobs.map(({ course, lang, format }, i) => {
    const dir = join(work, String(i));
    for (const file of packageFiles(course, { format, lang })) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    return dir;
  });
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    for (const [i, { course, lang, format }] of jobs.entries()) {
      const bytes = await buildPackage(course, { format, lang });
      if (round === 0) sizes.push({ name: `${course.settings.id}.${lang}.${format}.zip`, bytes: bytes.length, text: course.settings.id });
      void i;
    }
    oursMs = Math.min(oursMs, performance.now() - started);
    started = performance.now();
    for (const [i, dir] of staged.entries()) {
      const out = join(work, `${i}.zip`);
      rmSync(out, { force: true });
      const run = spawnSync('zip', ['-r', '-X', '-q', '-9', out, '.'], { cwd: dir });
      if (run.status !== 0) throw new Error(`zip failed: ${run.stderr}`);
    }
    zipMs = Math.min(zipMs, performance.now() - started);
  }
  const zipSizes = staged.map((_, i) => statSync(join(work, `${i}.zip`)).size);
  const player = readFileSync('scorm-packager/dist/player/player.js');
  const playerGzip = gzipSync(player, { level: 9 }).length;
  const kb = (n) => (n / 1024).toFixed(1);
  const total = sizes.reduce((s, p) => s + p.bytes, 0);
  const zipTotal = zipSizes.reduce((s, n) => s + n, 0);
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const smallest = sizes.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const ratio = oursMs / zipMs;
  const section = `
## SCORM packages vs \`zip -r -X -9\` of the same staged files

${jobs.length} packages (every course × complete language × SCORM 1.2 / 2004), best of ${ROUNDS} rounds.

| | time for all packages (ms) | total size (kB) |
|---|---|---|
| \`zip -r -X -9\` over the staged files (baseline) | ${zipMs.toFixed(0)} | ${kb(zipTotal)} |
| scorm-packager \`buildPackage\` (validate, render, manifest, zip) | ${oursMs.toFixed(0)} | ${kb(total)} |

Ratio: **${ratio.toFixed(2)}×** the baseline's time (goal ≤ 2×).
Package sizes: smallest ${smallest.name} ${kb(smallest.bytes)} kB, largest ${largest.name} ${kb(largest.bytes)} kB (goal for a text-only module ≤ 300 kB).
SCO player JavaScript: ${kb(player.length)} kB minified, **${kb(playerGzip)} kB gzip** (goal ≤ 30 kB).
`;
  appendFileSync('bench/RESULTS.md', section);
  console.log(section);
} finally {
  rmSync(work, { recursive: true, force: true });
}
