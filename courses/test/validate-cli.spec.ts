import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { MALFORMED_COURSES } from '../src/testing/index.js';
import { courseFiles, editYaml, writeCourseFiles, type CourseFiles } from './fixtures/course-files.js';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'vt-validate-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(command: 'validate' | 'translations' = 'validate'): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli([command, root], { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Applies `edit` to the valid course's files, writes them, runs `validate`. */
function validateWith(edit: (files: CourseFiles) => void) {
  const files = courseFiles();
  edit(files);
  writeCourseFiles(root, files);
  return run();
}

const file = (name: string) => relative(process.cwd(), join(root, 't1-test', name));

describe('courses validate CLI', () => {
  it('passes the valid sample course', () => {
    const result = validateWith(() => undefined);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('1 course(s) valid');
  });

  it.each<[string, (files: CourseFiles) => void, RegExp]>([
    [
      'duplicate question id',
      (f) => (f['quiz.yaml'] = f['quiz.yaml'].replace('id: q-multi', 'id: q-single')),
      /quiz\.yaml:\d+ question id q-single is used twice/,
    ],
    [
      'missing translation key',
      (f) => editYaml(f, 'fr/quiz.yaml', (quiz) => delete quiz.questions['q-single'].options.b.text),
      /fr\/quiz\.yaml:\d+ option "b" of question q-single has no text/,
    ],
    [
      'answer key naming no option',
      (f) => (f['quiz.yaml'] = f['quiz.yaml'].replace('correct: b', 'correct: z')),
      /quiz\.yaml:\d+ the answer key of question q-single names option "z", which it does not have/,
    ],
    [
      'pass mark 140',
      (f) => (f['course.yaml'] = f['course.yaml'].replace('passMark: 70', 'passMark: 140')),
      /course\.yaml:\d+ quiz\.passMark 140 must be <= 100/,
    ],
    [
      'unknown question type',
      (f) => (f['quiz.yaml'] = f['quiz.yaml'].replace('type: short-text', 'type: essay')),
      /quiz\.yaml:\d+ questions\[5\]\.type "essay" must be one of: single-choice, multiple-choice/,
    ],
    [
      'Markdown carrying a <script>',
      (f) => (f['fr/lessons/t1-l2.md'] += '\nSee this:\n\n<script>alert(1)</script>\n'),
      /fr\/lessons\/t1-l2\.md:7 raw HTML "<script>alert\(1\)<\/script>" is not allowed/,
    ],
    [
      'ordering key that is not a permutation',
      (f) => (f['quiz.yaml'] = f['quiz.yaml'].replace(/correct:\n(\s+)- s1\n\s+- s2\n\s+- s3/, 'correct:\n$1- s1\n$1- s1\n$1- s3')),
      /the answer key of question q-order must list each of its items exactly once|must NOT have duplicate items/,
    ],
    [
      'text for a question that does not exist',
      (f) => (f['en/quiz.yaml'] += '  q-ghost:\n    text: Boo\n'),
      /en\/quiz\.yaml:\d+ text for question q-ghost, which the question bank does not have/,
    ],
    [
      'draw larger than the bank',
      (f) => (f['course.yaml'] = f['course.yaml'].replace('passMark: 70', 'passMark: 70\n  draw: 30')),
      /course\.yaml:\d+ quiz draws 30 questions from a bank of 8/,
    ],
    [
      'drawByTopic naming a missing topic',
      (f) => (f['course.yaml'] = f['course.yaml'].replace('passMark: 70', 'passMark: 70\n  drawByTopic: { a: 1, z: 2 }')),
      /quiz draws from topic "z", which no question has/,
    ],
    [
      'lesson without its opening objectives section',
      (f) => (f['en/lessons/t1-l1.md'] = 'Just text.\n'),
      /en\/lessons\/t1-l1\.md:1 a lesson must open with a "## What you will be able to do" section/,
    ],
    ['English lesson file missing', (f) => delete f['en/lessons/t1-l2.md'], /en\/lessons\/t1-l2\.md lesson t1-l2 has no text/],
  ])('fails on %s, naming file, line and problem', (_name, edit, message) => {
    const result = validateWith(edit);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(file(''));
  });

  it.each(MALFORMED_COURSES.map((fixture) => [fixture.name, fixture] as const))('rejects %s in the words the model and the API use', (_name, fixture) => {
    const result = validateWith((f) => editYaml(f, fixture.file, (data) => fixture.edit(data)));
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${file(fixture.file).replace(/[.]/g, '\\.')}(:\\d+)? `)));
    expect(result.err).toContain(` ${fixture.message}\n`);
  });

  it('reports the line of the broken key', () => {
    const files = courseFiles();
    const lines = files['course.yaml'].split('\n');
    const passMarkLine = lines.findIndex((line) => line.includes('passMark')) + 1;
    files['course.yaml'] = files['course.yaml'].replace('passMark: 70', 'passMark: 140');
    writeCourseFiles(root, files);
    expect(run().err).toContain(`${file('course.yaml')}:${passMarkLine} `);
  });

  it('rejects a question id used by two courses', () => {
    writeCourseFiles(root, courseFiles());
    const other = courseFiles();
    for (const name of Object.keys(other)) other[name] = other[name].replaceAll('t1-test', 't2-test').replaceAll('t1-quiz', 't2-quiz');
    writeCourseFiles(root, other, 't2-test');
    const result = run();
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/t2-test\/quiz\.yaml question id q-single is also used by course t1-test/);
  });
});

describe('courses translations CLI', () => {
  it('prints complete, or the count and first missing keys', () => {
    const files = courseFiles();
    files['course.yaml'] = files['course.yaml'].replace('  - fr\n', '  - fr\n  - ar\n');
    files['fr/course.yaml'] = files['fr/course.yaml'].replace('title: Test course\n', '');
    editYaml(files, 'fr/quiz.yaml', (quiz) => delete quiz.questions['q-single'].options.c.feedback);
    writeCourseFiles(root, files);
    const table = run('translations').out;
    expect(table).toMatch(/^course +\| en +\| fr +\| ar +\| ru$/m);
    expect(table).toMatch(
      /t1-test \| complete \| 2 missing: title, questions\.q-single\.options\.c\.feedback \| no text \(\d+ keys from English\) \| not offered/,
    );
  });
});
