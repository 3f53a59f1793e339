import { normaliseAnswer } from './normalise-answer.js';

describe('normaliseAnswer', () => {
  it.each([
    ['Ré-sumé ', 're-sume'],
    ['  Hostile   RECONNAISSANCE\t', 'hostile reconnaissance'],
    ['Ёлка', 'елка'],
    ['Élément ç', 'element c'],
  ])('%j → %j', (given, expected) => expect(normaliseAnswer(given)).toBe(expected));

  it('keeps different words different', () => {
    expect(normaliseAnswer('reconnaissance')).not.toBe(normaliseAnswer('reconnaisance'));
  });
});
