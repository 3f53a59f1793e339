import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CurriculumError } from '../index.js';
import { loadCurriculum } from './load.js';

/** Writes a one-lesson, one-question course; `edit` may change any file's content first. */
function writeCourse(root: string, edit: (files: Record<string, string>) => void = () => undefined): void {
  const files: Record<string, string> = {
    'course.yaml': [
      'id: t1-test',
      'version: 1',
      'course: A',
      'topic: foundations',
      'level: foundation',
      'estimatedMinutes: 10',
      'languages: [en]',
      'completion: { lessons: all, quizPassed: true }',
      'lessons: [t1-l1]',
      'glossary: []',
      'quiz: { id: t1-quiz, passMark: 70, attempts: 3, shuffleQuestions: false, shuffleOptions: false, feedback: after-submit }',
    ].join('\n'),
    'quiz.yaml': 'questions:\n  - { id: q-t1-01, type: true-false, correct: true }\n',
    'en/course.yaml': 'title: Test\nsummary: S\nobjectives: [Do]\nlessons:\n  t1-l1: { title: L1, objectives: [Do] }\n',
    'en/quiz.yaml': 'questions:\n  q-t1-01: { text: "Is it?", explanation: "Because.", feedback: { "true": "Yes", "false": "No" } }\n',
    'en/lessons/t1-l1.md': '## What you will be able to do\n\n- Do\n',
  };
  edit(files);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, 't1-test', name, '..'), { recursive: true });
    writeFileSync(join(root, 't1-test', name), text);
  }
}

describe('loadCurriculum', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'vt-courses-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads settings, the bank and the English text, defaulting points to 1', () => {
    writeCourse(root);
    const { courses } = loadCurriculum(root);
    expect(courses.map((c) => c.settings.id)).toEqual(['t1-test']);
    expect(courses[0].questions[0]).toMatchObject({ id: 'q-t1-01', points: 1, correct: true });
    expect(courses[0].texts.en?.lessons['t1-l1'].markdown).toContain('What you will be able to do');
  });

  it('rejects a pass mark of 140 and names the file', () => {
    writeCourse(root, (files) => (files['course.yaml'] = files['course.yaml'].replace('passMark: 70', 'passMark: 140')));
    expect(() => loadCurriculum(root)).toThrow(CurriculumError);
    expect(() => loadCurriculum(root)).toThrow(/t1-test\/course\.yaml:\d+ quiz\.passMark 140 must be <= 100/);
  });
});
