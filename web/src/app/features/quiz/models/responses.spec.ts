import type { LearnerQuestion } from '@vt/courses';
import { describeResponse, initialResponses, isAnswered, move } from './responses';

const ordering: LearnerQuestion = {
  id: 'o',
  type: 'ordering',
  text: 'Order',
  points: 1,
  items: [
    { id: 's2', text: 'Two' },
    { id: 's1', text: 'One' },
  ],
};
const matching: LearnerQuestion = {
  id: 'm',
  type: 'matching',
  text: 'Match',
  points: 1,
  prompts: [
    { id: 'm1', text: 'Deter' },
    { id: 'm2', text: 'Detect' },
  ],
  targets: [
    { id: 't1', text: 'Discourage' },
    { id: 't2', text: 'Notice' },
  ],
};
const single: LearnerQuestion = {
  id: 's',
  type: 'single-choice',
  text: 'Pick',
  points: 1,
  options: [
    { id: 'a', text: 'Alpha' },
    { id: 'b', text: 'Beta' },
  ],
};
const scenario: LearnerQuestion = {
  id: 'sc',
  type: 'scenario',
  text: 'Stem',
  points: 2,
  parts: [single, { id: 'tf', type: 'true-false', text: 'T?', points: 1 }],
};

describe('quiz responses', () => {
  it('starts ordering questions in the order shown, including inside scenarios', () => {
    expect(initialResponses([ordering, single, { ...scenario, parts: [ordering] }])).toEqual({ o: ['s2', 's1'], sc: { o: ['s2', 's1'] } });
  });

  it('knows when a question is answered', () => {
    expect(isAnswered(single, undefined)).toBe(false);
    expect(isAnswered(single, 'a')).toBe(true);
    expect(isAnswered(matching, { m1: 't1' })).toBe(false);
    expect(isAnswered(matching, { m1: 't1', m2: 't2' })).toBe(true);
    expect(isAnswered({ ...single, type: 'true-false' }, false)).toBe(true);
    expect(isAnswered({ ...single, type: 'multiple-choice' }, [])).toBe(false);
    expect(isAnswered({ ...single, type: 'short-text' }, '   ')).toBe(false);
    expect(isAnswered(scenario, { s: 'a' })).toBe(false);
    expect(isAnswered(scenario, { s: 'a', tf: true })).toBe(true);
  });

  it('moves an item up or down and ignores moves past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('describes a correct answer with the question’s own labels', () => {
    const words = { true: 'True', false: 'False' };
    expect(describeResponse(single, 'b', words)).toBe('Beta');
    expect(describeResponse(ordering, ['s1', 's2'], words)).toBe('One → Two');
    expect(describeResponse(matching, { m1: 't1', m2: 't2' }, words)).toBe('Deter = Discourage; Detect = Notice');
    expect(describeResponse(scenario, { s: 'a', tf: false }, words)).toBe('Alpha | False');
  });
});
