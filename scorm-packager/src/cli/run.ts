import { completeLanguages, formatProblem, type Course, type Language, type Problem } from '@vt/courses';
import { loadCourse } from '@vt/courses/node';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage } from '../build-package.js';
import { SCORM_FORMATS, packageFileName, parseCliOptions, type ScormFormat } from '../options.js';
import { PackageError } from '../steps/validate.js';

export interface CliIo {
  contentDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Job {
  course: Course;
  lang: Language;
  format: ScormFormat;
}

export interface BuiltPackage {
  file: string;
  bytes: number;
  ms: number;
}

const USAGE = 'usage: npm run package -- --out DIR [--course ID] [--format scorm12|scorm2004] [--lang en|fr|ar|ru]';

/** Writes `bytes` to `file` through a temporary name, so DIR never holds half a zip. */
function writeAtomically(file: string, bytes: Buffer): void {
  const temp = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function formatTable(rows: BuiltPackage[]): string {
  const header = ['file', 'size (kB)', 'build ms'];
  const body = rows.map((row) => [row.file, (row.bytes / 1024).toFixed(1), String(row.ms)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The CLI without process globals: returns the exit code (0 built, 1 invalid course, 2 bad usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    io.err(`package: ${(error as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  const ids = existsSync(io.contentDir)
    ? readdirSync(io.contentDir, { withFileTypes: true })
        // A course is a directory with a course.yaml (content/ also holds shared files, e.g. terms/).
        .filter((d) => d.isDirectory() && existsSync(join(io.contentDir, d.name, 'course.yaml')))
        .map((d) => d.name)
        .sort()
    : [];
  const selected = options.course ? ids.filter((id) => id === options.course) : ids;
  if (selected.length === 0) {
    io.err(`package: no course ${options.course ? `"${options.course}" ` : ''}in ${io.contentDir}`);
    return 2;
  }
  // Everything is loaded and checked before anything is written: an invalid course leaves DIR untouched.
  const problems: Problem[] = [];
  const jobs: Job[] = [];
  for (const id of selected) {
    const loaded = loadCourse(join(io.contentDir, id));
    const errors = loaded.problems.filter((problem) => problem.severity !== 'warning');
    if (!loaded.course || errors.length > 0) {
      problems.push(...(errors.length ? errors : [{ file: join(io.contentDir, id), message: 'could not be loaded' }]));
      continue;
    }
    const course = loaded.course;
    const langs = options.lang ? [options.lang] : completeLanguages(course);
    for (const lang of langs) for (const format of options.format ? [options.format] : SCORM_FORMATS) jobs.push({ course, lang, format });
  }
  const built: { job: Job; bytes: Buffer; ms: number }[] = [];
  if (problems.length === 0) {
    for (const job of jobs) {
      const started = performance.now();
      try {
        built.push({ job, bytes: await buildPackage(job.course, { format: job.format, lang: job.lang }), ms: Math.round(performance.now() - started) });
      } catch (error) {
        if (!(error instanceof PackageError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) io.err(formatProblem(problem));
    io.err(`package: ${problems.length} problem(s); nothing was written.`);
    return 1;
  }
  mkdirSync(options.out, { recursive: true });
  const rows = built.map(({ job, bytes, ms }) => {
    const file = packageFileName(job.course.settings.id, job.lang, job.format);
    writeAtomically(join(options.out, file), bytes);
    return { file, bytes: bytes.length, ms };
  });
  io.out(formatTable(rows));
  return 0;
}
