import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../test/curriculum.js';
import { formatTable, runCli } from './run.js';

describe('package CLI', () => {
  let work: string;
  const lines: { out: string[]; err: string[] } = { out: [], err: [] };
  const io = (contentDir = CONTENT_DIR) => ({ contentDir, out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) });

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'vt-cli-'));
    lines.out = [];
    lines.err = [];
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('builds one course in every complete language and both formats, and prints the table', async () => {
    const out = join(work, 'out');
    expect(await runCli(['--out', out, '--course', 'b1-reconnaissance'], io())).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['ar', 'en', 'fr', 'ru'].flatMap((lang) => [`b1-reconnaissance.${lang}.scorm12.zip`, `b1-reconnaissance.${lang}.scorm2004.zip`]).sort(),
    );
    expect(lines.out.join('\n')).toMatch(/^file\s+size \(kB\)\s+build ms/);
    expect(lines.out.join('\n')).toContain('b1-reconnaissance.ar.scorm2004.zip');
  });

  it('filters by format and language', async () => {
    const out = join(work, 'out');
    expect(await runCli(['--out', out, '--course', 'a1-foundations', '--format', 'scorm2004', '--lang', 'ar'], io())).toBe(0);
    expect(readdirSync(out)).toEqual(['a1-foundations.ar.scorm2004.zip']);
  });

  it('prints the file and problem of an invalid course, exits 1 and writes nothing', async () => {
    const content = join(work, 'content');
    cpSync(join(CONTENT_DIR, 'a6-response'), join(content, 'a6-response'), { recursive: true });
    const settings = join(content, 'a6-response', 'course.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/passMark: \d+/, 'passMark: 250'));
    const out = join(work, 'out');
    expect(await runCli(['--out', out], io(content))).toBe(1);
    // The model prints paths relative to the working directory, so compare the file's place, not its prefix.
    expect(lines.err.join('\n')).toMatch(/a6-response\/course\.yaml:\d+ quiz\.passMark 250/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a language the course lacks, writing nothing', async () => {
    // Every curriculum course is complete in every language, so the test removes one from a copy.
    const content = join(work, 'content');
    cpSync(join(CONTENT_DIR, 'a2-public-spaces'), join(content, 'a2-public-spaces'), { recursive: true });
    rmSync(join(content, 'a2-public-spaces', 'ru'), { recursive: true });
    const out = join(work, 'out');
    expect(await runCli(['--out', out, '--course', 'a2-public-spaces', '--lang', 'ru'], io(content))).toBe(1);
    expect(lines.err.join('\n')).toMatch(/ru text is missing or incomplete/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on bad usage or an unknown course', async () => {
    expect(await runCli(['--format', 'scorm12'], io())).toBe(2);
    expect(await runCli(['--out', work, '--course', 'nope'], io())).toBe(2);
    expect(lines.err.join('\n')).toMatch(/usage: npm run package/);
  });

  it('lays the table out in columns', () => {
    expect(formatTable([{ file: 'a.zip', bytes: 2048, ms: 7 }]).split('\n')).toEqual([
      'file   size (kB)  build ms',
      '-----  ---------  --------',
      'a.zip        2.0         7',
    ]);
  });
});
