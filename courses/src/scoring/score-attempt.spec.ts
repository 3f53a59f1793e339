import { rightResponse, sampleQuestions } from '../../test/builders.js';
import { scoreAttempt } from './score-attempt.js';

const { questions, text } = sampleQuestions();
const items = questions.map((question) => ({ question, text: text[question.id] }));

describe('scoreAttempt', () => {
  it('scores 100 and passes when everything is right', () => {
    const responses = Object.fromEntries(questions.map((q) => [q.id, rightResponse(q, text[q.id])]));
    const result = scoreAttempt(items, responses, 70);
    expect(result).toMatchObject({ score: 100, passed: true, passMark: 70 });
    expect(result.results).toHaveLength(questions.length);
  });

  it('weights by points and rounds to two decimals', () => {
    // Points: single 1, multi 2, tf 1, match 1, order 1, short 1, scenario 3, decision 2 = 12.
    // single right (1) + multi half (2 × 0.5) + order 1/3 (0.333…) + decision half (2 × 0.5) = 3.333… → 27.78 %.
    const result = scoreAttempt(
      items,
      { 'q-single': 'b', 'q-multi': ['a'], 'q-order': ['s1', 's3', 's2'], 'q-dec': { found: 'cordon', caller: 'hang-up' } },
      27.78,
    );
    expect(result.score).toBe(27.78);
    expect(result.passed).toBe(true);
  });

  it('fails just below the pass mark', () => {
    // 1 of 12 points: 8.33 %.
    expect(scoreAttempt(items, { 'q-single': 'b' }, 8.34)).toMatchObject({ score: 8.33, passed: false });
  });

  it('scores no responses, hostile keys and an empty quiz as 0', () => {
    expect(scoreAttempt(items, {}, 50).score).toBe(0);
    expect(scoreAttempt(items, JSON.parse('{"__proto__": {"q-single": "b"}}'), 50).score).toBe(0);
    expect(scoreAttempt([], {}, 50)).toMatchObject({ score: 0, passed: false });
  });
});
