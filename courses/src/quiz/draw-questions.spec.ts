import fc from 'fast-check';
import type { Question } from '../model/types.js';
import { quizSettings } from '../../test/builders.js';
import { drawQuestions } from './draw-questions.js';
import { seededRandom } from './seeded-random.js';

const bank: Question[] = Array.from({ length: 12 }, (_, i) => ({
  id: `q-${i}`,
  type: 'true-false',
  points: 1,
  correct: true,
  topic: i < 4 ? 'red' : 'blue',
}));
const ids = (questions: Question[]) => questions.map((q) => q.id);

describe('drawQuestions', () => {
  it('uses the whole bank in order when nothing is drawn or shuffled', () => {
    expect(ids(drawQuestions(quizSettings(), bank, seededRandom('s')))).toEqual(ids(bank));
  });

  it('draws N distinct questions and keeps bank order without shuffleQuestions', () => {
    const drawn = ids(drawQuestions(quizSettings({ draw: 5 }), bank, seededRandom('s')));
    expect(drawn).toHaveLength(5);
    expect(drawn).toEqual(ids(bank).filter((id) => drawn.includes(id)));
  });

  it('draws per topic', () => {
    const drawn = drawQuestions(quizSettings({ drawByTopic: { red: 2, blue: 3 }, shuffleQuestions: true }), bank, seededRandom('s'));
    expect(drawn.filter((q) => q.topic === 'red')).toHaveLength(2);
    expect(drawn.filter((q) => q.topic === 'blue')).toHaveLength(3);
  });

  it('is reproducible from the seed', () => {
    const quiz = quizSettings({ draw: 6, shuffleQuestions: true });
    expect(ids(drawQuestions(quiz, bank, seededRandom('a1')))).toEqual(ids(drawQuestions(quiz, bank, seededRandom('a1'))));
  });

  it('respects counts and never repeats a question', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.option(fc.record({ red: fc.integer({ min: 0, max: 6 }), blue: fc.integer({ min: 0, max: 10 }) }), { nil: undefined }),
        fc.boolean(),
        fc.string(),
        (draw, drawByTopic, shuffleQuestions, seed) => {
          const drawn = drawQuestions(quizSettings({ draw, drawByTopic, shuffleQuestions }), bank, seededRandom(seed));
          expect(new Set(ids(drawn)).size).toBe(drawn.length);
          if (drawByTopic) {
            expect(drawn.filter((q) => q.topic === 'red')).toHaveLength(Math.min(4, drawByTopic.red));
            expect(drawn.filter((q) => q.topic === 'blue')).toHaveLength(Math.min(8, drawByTopic.blue));
          } else {
            expect(drawn).toHaveLength(Math.min(draw ?? bank.length, bank.length));
          }
        },
      ),
    );
  });
});
