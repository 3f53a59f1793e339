import { seededRandom } from './seeded-random.js';

const take = (random: () => number, n: number) => Array.from({ length: n }, () => random());

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(seededRandom('attempt-1'), 10)).toEqual(take(seededRandom('attempt-1'), 10));
  });

  it('differs between seeds', () => {
    expect(take(seededRandom('attempt-1'), 5)).not.toEqual(take(seededRandom('attempt-2'), 5));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const values = take(seededRandom(''), 10000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
