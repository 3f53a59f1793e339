import { meetsCompletionRule } from './completion.js';

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
