import { normaliseAnswer } from './normalise-answer.js';

describe('normaliseAnswer', () => {
  it.each([
    ['Ré-sumé ', 're-sume'],
    ['  Hostile   RECONNAISSANCE\t', 'hostile reconnaissance'],
    ['Ёлка', 'елка'],
    ['Élément ç', 'element c'],
    ['Mise à l\u2019abri', "mise a l'abri"],
    ['Soft\u2013target', 'soft-target'],
  ])('%j → %j', (given, expected) => expect(normaliseAnswer(given)).toBe(expected));

  it('keeps different words different', () => {
    expect(normaliseAnswer('reconnaissance')).not.toBe(normaliseAnswer('reconnaisance'));
  });
});
