import fc from 'fast-check';
import { seededRandom } from './seeded-random.js';
import { shuffle } from './shuffle.js';

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const result = shuffle(items, seededRandom(seed));
        expect(items).toEqual(copy);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('survives a generator that returns exactly 1', () => {
    expect(shuffle([1, 2, 3], () => 1).sort()).toEqual([1, 2, 3]);
  });

  it('moves things around', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seededRandom('x'))).not.toEqual(items);
  });
});
