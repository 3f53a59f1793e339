import type { Question, QuestionResponse } from '@vt/courses';
import { curriculum } from '../../test/curriculum.js';
import { SUSPEND_LIMIT, decodeState, encodeState, type LearnerState } from './suspend-data.js';

/** The longest response the player lets a learner give to a question (short text is capped at 200). */
function longestResponse(question: Question): QuestionResponse {
  switch (question.type) {
    case 'single-choice':
      return question.options.reduce((a, b) => (b.length > a.length ? b : a));
    case 'multiple-choice':
      return [...question.options];
    case 'true-false':
      return false;
    case 'matching':
      return Object.fromEntries(question.prompts.map((p) => [p, question.targets.reduce((a, b) => (b.length > a.length ? b : a))]));
    case 'ordering':
      return [...question.items];
    case 'short-text':
      return 'x'.repeat(200);
    case 'scenario':
      return Object.fromEntries(question.parts.map((part) => [part.id, longestResponse(part) as string]));
    case 'decision':
      return Object.fromEntries(question.steps.map((step) => [step.id, step.choices.map((c) => c.id).reduce((a, b) => (b.length > a.length ? b : a))]));
  }
}

describe('suspend data', () => {
  it('round-trips the learner state', () => {
    const state: LearnerState = {
      visited: [true, false, true],
      attempts: 2,
      seed: 'abc',
      responses: { 'q-1': ['a', 'c'], 'q-2': { m1: 't1' } },
      best: 40,
      passed: false,
      submitted: true,
    };
    expect(decodeState(encodeState(state, 4096), 3)).toEqual(state);
  });

  it('starts afresh on unreadable data', () => {
    expect(decodeState('not json', 3)).toBeUndefined();
    expect(decodeState('{"v":2}', 3)).toBeUndefined();
    expect(decodeState('', 3)).toBeUndefined();
  });

  it("fits SCORM 1.2's 4,096 characters on the largest course with every answer at its longest", () => {
    const largest = [...curriculum()].sort((a, b) => JSON.stringify(b.questions).length - JSON.stringify(a.questions).length)[0];
    const drawn = largest.settings.quiz.draw ?? largest.questions.length;
    // Worst case: the drawn questions with the longest responses.
    const byLength = [...largest.questions].sort((a, b) => JSON.stringify(longestResponse(b)).length - JSON.stringify(longestResponse(a)).length);
    const responses = Object.fromEntries(byLength.slice(0, drawn).map((q) => [q.id, longestResponse(q)]));
    const state: LearnerState = {
      visited: largest.settings.lessons.map(() => true),
      attempts: 99,
      seed: 'mh1x2y3z4k9',
      responses,
      best: 99.99,
      passed: true,
      submitted: true,
    };
    const text = encodeState(state, Infinity);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
    expect(decodeState(text, largest.settings.lessons.length)?.responses).toEqual(responses);
  });

  it('drops responses, never progress, rather than exceed the limit', () => {
    const responses = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`q-${i}`, 'y'.repeat(200)]));
    const state: LearnerState = { visited: [true, true], attempts: 1, seed: 's', responses, passed: false, submitted: false };
    const text = encodeState(state, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeState(text, 2);
    expect(back?.visited).toEqual([true, true]);
    expect(back?.attempts).toBe(1);
    expect(Object.keys(state.responses)).toHaveLength(40);
  });
});
