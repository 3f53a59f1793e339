import { completesLesson, meetsCompletionRule, missingForCompletion, PROGRESS_EVENTS } from './completion.js';

describe('meetsCompletionRule', () => {
  const lessons = ['l1', 'l2', 'l3'];
  const rule = { lessons: 'all' as const, quizPassed: true };

  it('needs every lesson and the quiz when the rule asks for both', () => {
    expect(meetsCompletionRule(rule, lessons, { lessonsDone: ['l3', 'l1', 'l2'], quizPassed: true })).toBe(true);
    expect(meetsCompletionRule(rule, lessons, { lessonsDone: ['l1', 'l2'], quizPassed: true })).toBe(false);
    expect(meetsCompletionRule(rule, lessons, { lessonsDone: lessons, quizPassed: false })).toBe(false);
  });

  it('ignores the quiz when the rule does not ask for it, and lessons outside the course', () => {
    const lessonsOnly = { lessons: 'all' as const, quizPassed: false };
    expect(meetsCompletionRule(lessonsOnly, lessons, { lessonsDone: [...lessons, 'other'], quizPassed: false })).toBe(true);
    expect(meetsCompletionRule(lessonsOnly, lessons, { lessonsDone: ['other', 'l1', 'l2'], quizPassed: true })).toBe(false);
  });
});

describe('missingForCompletion', () => {
  const rule = { lessons: 'all' as const, quizPassed: true };

  it('lists the lessons not finished in course order, whatever order the others were finished in', () => {
    expect(missingForCompletion(rule, ['l1', 'l2', 'l3', 'l4'], { lessonsDone: ['l4', 'l1'], quizPassed: true })).toEqual({
      lessons: ['l2', 'l3'],
      quiz: false,
    });
  });

  it('names the quiz only when the rule asks for a pass not yet had', () => {
    expect(missingForCompletion(rule, ['l1'], { lessonsDone: ['l1'], quizPassed: false })).toEqual({ lessons: [], quiz: true });
    expect(missingForCompletion({ ...rule, quizPassed: false }, ['l1'], { lessonsDone: [], quizPassed: false })).toEqual({ lessons: ['l1'], quiz: false });
  });
});

describe('completesLesson', () => {
  it('counts reaching the end (and the old explicit button), not opening', () => {
    expect(PROGRESS_EVENTS.filter(completesLesson)).toEqual(['reached-end', 'completed']);
  });
});
