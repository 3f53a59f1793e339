/** Test-data builders: one valid course in memory, which each test bends to what it needs. */
import type { Course, CourseText, Question, QuestionText, QuizSettings } from '../src/model/types.js';

export function quizSettings(overrides: Partial<QuizSettings> = {}): QuizSettings {
  return {
    id: 't1-quiz',
    passMark: 70,
    attempts: 3,
    shuffleQuestions: false,
    shuffleOptions: false,
    feedback: 'after-submit',
    ...overrides,
  };
}

/** One question of every type, with its English text. */
export function sampleQuestions(): { questions: Question[]; text: Record<string, QuestionText> } {
  const questions: Question[] = [
    { id: 'q-single', type: 'single-choice', topic: 'a', points: 1, options: ['a', 'b', 'c'], correct: 'b' },
    { id: 'q-multi', type: 'multiple-choice', topic: 'a', points: 2, options: ['a', 'b', 'c', 'd'], correct: ['a', 'c'] },
    { id: 'q-tf', type: 'true-false', topic: 'b', points: 1, correct: false },
    { id: 'q-match', type: 'matching', topic: 'b', points: 1, prompts: ['m1', 'm2'], targets: ['t1', 't2', 't3'], correct: { m1: 't2', m2: 't1' } },
    { id: 'q-order', type: 'ordering', topic: 'c', points: 1, items: ['s3', 's1', 's2'], correct: ['s1', 's2', 's3'] },
    { id: 'q-short', type: 'short-text', topic: 'c', points: 1 },
    {
      id: 'q-scen',
      type: 'scenario',
      topic: 'c',
      points: 3,
      parts: [
        { id: 'q-scen-a', type: 'single-choice', points: 1, options: ['a', 'b'], correct: 'a' },
        { id: 'q-scen-b', type: 'true-false', points: 3, correct: true },
      ],
    },
    {
      id: 'q-dec',
      type: 'decision',
      topic: 'c',
      points: 2,
      steps: [
        {
          id: 'found',
          choices: [
            { id: 'cordon', next: 'caller' },
            { id: 'lift', next: 'hurt' },
            { id: 'walk-on', next: 'missed' },
          ],
        },
        {
          id: 'caller',
          choices: [
            { id: 'keep-talking', next: 'safe' },
            { id: 'hang-up', next: 'partial' },
          ],
        },
      ],
      ends: [
        { id: 'safe', points: 1 },
        { id: 'partial', points: 0.5, pass: true },
        { id: 'hurt', pass: false },
        { id: 'missed', points: 0 },
      ],
    },
  ];
  const options = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { text: `Option ${id}`, feedback: `Feedback ${id}` }]));
  const verdict = { correct: 'Well done.', incorrect: 'Not quite.' };
  const text: Record<string, QuestionText> = {
    'q-single': { text: 'Pick one', options: options(['a', 'b', 'c']), explanation: 'Because b.' },
    'q-multi': { text: 'Pick some', options: options(['a', 'b', 'c', 'd']), explanation: 'a and c.' },
    'q-tf': { text: 'True?', feedback: { true: 'It is false.', false: 'Right, false.' }, explanation: 'False.' },
    'q-match': { text: 'Match', prompts: { m1: 'One', m2: 'Two' }, targets: { t1: 'Uno', t2: 'Dos', t3: 'Tres' }, feedback: verdict, explanation: 'm1–t2.' },
    'q-order': { text: 'Order', items: { s1: 'First', s2: 'Second', s3: 'Third' }, feedback: verdict, explanation: 'In order.' },
    'q-short': { text: 'Name it', accepted: ['hostile reconnaissance', 'reconnaissance'], feedback: verdict, explanation: 'Recon.' },
    'q-scen': {
      text: 'A scenario',
      feedback: verdict,
      explanation: 'Both parts.',
      parts: {
        'q-scen-a': { text: 'Part a', options: options(['a', 'b']) },
        'q-scen-b': { text: 'Part b', feedback: { true: 'Yes', false: 'No' } },
      },
    },
    'q-dec': {
      text: 'A bag under a bench',
      explanation: 'Cordon first, then keep the caller on the line.',
      steps: {
        found: {
          prompt: 'What first?',
          choices: {
            cordon: { text: 'Move people back', consequence: 'The crowd steps back.' },
            lift: { text: 'Pick it up', consequence: 'It is heavier than it looks.' },
            'walk-on': { text: 'Walk on', consequence: 'Nobody looks at it again.' },
          },
        },
        caller: {
          prompt: 'The phone rings.',
          choices: {
            'keep-talking': { text: 'Keep them talking', consequence: 'You note every word.' },
            'hang-up': { text: 'Hang up', consequence: 'The line goes dead.' },
          },
        },
      },
      ends: { safe: 'Contained, and the call is on record.', partial: 'Contained, the caller lost.', hurt: 'Someone is hurt.', missed: 'Nobody checked it.' },
    },
  };
  return { questions, text };
}

export function englishText(questions: Record<string, QuestionText>): CourseText {
  return {
    title: 'Test course',
    summary: 'A course for tests.',
    objectives: ['Do things'],
    lessons: {
      't1-l1': { title: 'Lesson one', objectives: ['Do one'], markdown: '## What you will be able to do\n\n- Do one\n' },
      't1-l2': { title: 'Lesson two', objectives: ['Do two'], markdown: '## What you will be able to do\n\n- Do two\n' },
    },
    glossary: { 'g-term': { term: 'Term', definition: 'Meaning' } },
    questions,
  };
}

export function sampleCourse(): Course {
  const { questions, text } = sampleQuestions();
  return {
    settings: {
      id: 't1-test',
      version: 1,
      course: 'A',
      topic: 'foundations',
      level: 'foundation',
      estimatedMinutes: 30,
      languages: ['en', 'fr'],
      completion: { lessons: 'all', quizPassed: true },
      lessons: ['t1-l1', 't1-l2'],
      glossary: ['g-term'],
      quiz: quizSettings(),
    },
    questions,
    texts: { en: englishText(text) },
  };
}

export { fullPointsPath, rightResponse } from '../src/testing/right-responses.js';
