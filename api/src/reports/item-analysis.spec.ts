import fc from 'fast-check';
import { cutoffs, toItemViews, type ItemRow } from './item-analysis.js';

describe('cutoffs', () => {
  it('finds the scores bounding the lower and upper 27 % (ties included)', () => {
    // 10 attempts: k = 3.
    const histogram = [0, 10, 10, 40, 50, 60, 70, 90, 90, 100].reduce<{ bucket: number; n: number }[]>((acc, s) => {
      const found = acc.find((h) => h.bucket === s);
      if (found) found.n++;
      else acc.push({ bucket: s, n: 1 });
      return acc;
    }, []);
    expect(cutoffs(histogram)).toEqual({ attempts: 10, lower: 10, upper: 90 });
    expect(cutoffs([])).toEqual({ attempts: 0, lower: null, upper: null });
  });

  it('always leaves at least 27 % of attempts at or beyond each cut-off', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 300 }), (scores) => {
        const histogram = [...new Set(scores)].map((bucket) => ({ bucket, n: scores.filter((s) => s === bucket).length }));
        const { attempts, lower, upper } = cutoffs(histogram);
        const k = Math.ceil(attempts * 0.27);
        expect(scores.filter((s) => s <= (lower ?? -1)).length).toBeGreaterThanOrEqual(k);
        expect(scores.filter((s) => s >= (upper ?? 101)).length).toBeGreaterThanOrEqual(k);
        expect(scores.filter((s) => s < (lower ?? -1)).length).toBeLessThan(k);
      }),
    );
  });
});

describe('toItemViews', () => {
  const row = (choice: string | null, n: number, sum: number, upper: [number, number], lower: [number, number]): ItemRow => ({
    questionId: 'q1',
    choice,
    n,
    sum,
    upperN: upper[0],
    upperSum: upper[1],
    lowerN: lower[0],
    lowerSum: lower[1],
  });

  it('sums choices into facility, discrimination and distractor rates', () => {
    const course = { questions: [{ id: 'q1', type: 'multiple-choice', points: 1, options: ['a', 'b', 'c'], correct: ['a', 'c'] }] } as never;
    const [view] = toItemViews(course, [row('a,c', 6, 6, [3, 3], [1, 1]), row('b', 4, 0, [0, 0], [3, 0])]);
    expect(view).toEqual({
      questionId: 'q1',
      type: 'multiple-choice',
      attempts: 10,
      facility: 0.6,
      discrimination: 0.75,
      uncertain: true,
      distractors: [
        { optionId: 'a', correct: true, rate: 0.6 },
        { optionId: 'b', correct: false, rate: 0.4 },
        { optionId: 'c', correct: true, rate: 0.6 },
      ],
    });
  });
});
