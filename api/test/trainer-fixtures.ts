import type { Course, QuestionResponse } from '@vt/courses';

/** A small trainer-made course: one lesson and five questions of four types (test-data builder). */
export function trainerCourse(id = 'tw-intake', overrides: Partial<Course['settings']['quiz']> = {}): Course {
  const q = (suffix: string) => `${id}-q${suffix}`;
  return {
    settings: {
      id,
      version: 1,
      course: 'A',
      topic: 'foundations',
      level: 'foundation',
      estimatedMinutes: 30,
      languages: ['en'],
      completion: { lessons: 'all', quizPassed: true },
      lessons: [`${id}-l1`],
      glossary: [],
      quiz: { id: `${id}-quiz`, passMark: 60, attempts: 'unlimited', shuffleQuestions: false, shuffleOptions: false, feedback: 'after-submit', ...overrides },
    },
    questions: [
      { id: q('1'), type: 'single-choice', points: 1, options: ['a', 'b', 'c'], correct: 'b' },
      { id: q('2'), type: 'multiple-choice', points: 1, options: ['a', 'b', 'c'], correct: ['a', 'c'] },
      { id: q('3'), type: 'true-false', points: 1, correct: true },
      { id: q('4'), type: 'ordering', points: 1, items: ['s1', 's2', 's3'], correct: ['s2', 's1', 's3'] },
      { id: q('5'), type: 'single-choice', points: 1, options: ['a', 'b'], correct: 'a' },
    ],
    texts: {
      en: {
        title: 'Intake briefing',
        summary: 'A short course written by a trainer.',
        objectives: ['Recognise the basics.'],
        lessons: {
          [`${id}-l1`]: {
            title: 'The basics',
            objectives: ['Recognise the basics.'],
            markdown: '## What you will be able to do\n\n- Recognise the basics.\n\n## Key points\n\n- Stay alert.\n',
          },
        },
        glossary: {},
        questions: {
          [q('1')]: {
            text: 'Pick b.',
            explanation: 'b is right.',
            options: { a: { text: 'A', feedback: 'No.' }, b: { text: 'B', feedback: 'Yes.' }, c: { text: '=C', feedback: 'No.' } },
          },
          [q('2')]: {
            text: 'Pick a and c.',
            explanation: 'a and c.',
            options: { a: { text: 'A', feedback: 'Yes.' }, b: { text: 'B', feedback: 'No.' }, c: { text: 'C', feedback: 'Yes.' } },
          },
          [q('3')]: { text: 'True?', explanation: 'It is true.', feedback: { true: 'Right.', false: 'Wrong.' } },
          [q('4')]: {
            text: 'Order them.',
            explanation: 's2 first.',
            items: { s1: 'One', s2: 'Two', s3: 'Three' },
            feedback: { correct: 'Right.', incorrect: 'Wrong.' },
          },
          [q('5')]: { text: 'Pick a.', explanation: 'a is right.', options: { a: { text: 'A', feedback: 'Yes.' }, b: { text: 'B', feedback: 'No.' } } },
        },
      },
    },
  };
}

/** Responses that get exactly the questions in `right` correct and every other one wrong. */
export function responsesFor(id: string, right: number[]): Record<string, QuestionResponse> {
  const ok = (n: number) => right.includes(n);
  return {
    [`${id}-q1`]: ok(1) ? 'b' : 'a',
    [`${id}-q2`]: ok(2) ? ['a', 'c'] : ['b'],
    [`${id}-q3`]: ok(3),
    [`${id}-q4`]: ok(4) ? ['s2', 's1', 's3'] : ['s3', 's2', 's1'],
    [`${id}-q5`]: ok(5) ? 'a' : 'b',
  };
}
