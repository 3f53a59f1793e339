import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { loadCurriculum } from '../src/node/index.js';
import { courseFiles, editYaml, writeCourseFiles } from './fixtures/course-files.js';

// The editorial checks (src/editorial) as `nx run courses:validate` runs them: on a content folder,
// beside the fixed terms (content/terms/) and, with --review, the review trail (REVIEW.md, review/).
let root: string;
let content: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vt-editorial-'));
  content = join(root, 'content');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function validate(...options: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['validate', content, ...options], { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const shown = (...parts: string[]) => relative(process.cwd(), join(content, ...parts));

function write(file: string, text: string) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

describe('courses validate CLI: editorial checks', () => {
  it('reads content/terms/ as the fixed terms, not as a course, and checks glossaries against them', () => {
    const files = courseFiles();
    editYaml(files, 'fr/course.yaml', (text) => (text.glossary['g-term'].term = 'Terme libre' as never));
    writeCourseFiles(content, files);
    write(join(content, 'terms', 'en.yaml'), 'term: Term\n');
    write(join(content, 'terms', 'fr.yaml'), 'term: Terme fixe\n');
    expect(loadCurriculum(content).courses.map((course) => course.settings.id)).toEqual(['t1-test']);
    const result = validate();
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      new RegExp(`^${shown('t1-test', 'fr', 'course.yaml')}:\\d+ glossary term g-term is "Terme libre"; the fixed fr wording of term is "Terme fixe"`, 'm'),
    );
    expect(result.err).not.toContain('terms/course.yaml');
  });

  it('names the line of a French spacing fault in quiz text and of a broken legal marker in a lesson', () => {
    const files = courseFiles();
    editYaml(files, 'fr/quiz.yaml', (quiz) => (quiz.questions['q-tf'].text = 'Vrai ou faux ?' as never));
    files['en/lessons/t1-l2.md'] += '\n[Law (France): guards inspect bags.]\n';
    writeCourseFiles(content, files);
    const line = files['fr/quiz.yaml'].split('\n').findIndex((text) => text.includes('Vrai ou faux')) + 1;
    const result = validate();
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${shown('t1-test', 'fr', 'quiz.yaml')}:${line} "…Vrai ou faux ?" needs a no-break space (U+00A0 or U+202F) before "?"`);
    expect(result.err).toContain(
      `${shown('t1-test', 'en', 'lessons', 't1-l2.md')}:5 legal statement "[Law (France): guards inspect bags.]" has no "as of" date`,
    );
  });

  it('with --review, fails a course that has no review record, and passes once it has one listed in the index', () => {
    writeCourseFiles(content, courseFiles());
    const index = join(root, 'REVIEW.md');
    write(index, '# Review trail\n');
    expect(validate('--review', index).err).toContain(
      `${relative(process.cwd(), join(root, 'review', 't1-test.md'))} is missing: course t1-test needs a review record`,
    );
    write(index, '- [t1-test](review/t1-test.md)\n');
    write(join(root, 'review', 't1-test.md'), '# t1\n\nLast subject review: 2026-12-07, scope: everything.\n');
    expect(validate('--review', index)).toMatchObject({ code: 0, err: '' });
  });
});
