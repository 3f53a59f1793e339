import type { OrderingQuestion } from '../model/types.js';
import { sampleQuestions } from '../../test/builders.js';
import { toLearnerQuestion } from './learner-question.js';
import { seededRandom } from './seeded-random.js';

const { questions, text } = sampleQuestions();
const plain = { shuffleOptions: false, random: seededRandom('x') };

describe('toLearnerQuestion', () => {
  it.each(questions.map((q) => q.id))('%s carries no key, feedback, explanation or accepted answer', (id) => {
    const question = questions.find((q) => q.id === id)!;
    const json = JSON.stringify(toLearnerQuestion(question, text[id], text[id], { shuffleOptions: true, random: seededRandom(id) }));
    for (const secret of ['correct', 'feedback', 'explanation', 'accepted', 'Feedback ', 'Well done', 'reconnaissance']) {
      expect(json).not.toContain(secret);
    }
  });

  it('labels options from the text', () => {
    expect(toLearnerQuestion(questions[0], text['q-single'], undefined, plain)).toEqual({
      id: 'q-single',
      type: 'single-choice',
      text: 'Pick one',
      points: 1,
      options: [
        { id: 'a', text: 'Option a' },
        { id: 'b', text: 'Option b' },
        { id: 'c', text: 'Option c' },
      ],
    });
  });

  it('falls back to English per key', () => {
    const french = { text: 'Choisissez', options: { a: { text: 'Option A fr', feedback: '' } } };
    const learner = toLearnerQuestion(questions[0], french, text['q-single'], plain);
    expect(learner.text).toBe('Choisissez');
    expect(learner.options?.map((o) => o.text)).toEqual(['Option A fr', 'Option b', 'Option c']);
  });

  it('shuffles options reproducibly when asked', () => {
    const many = { ...questions[0], options: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
    const first = toLearnerQuestion(many, undefined, undefined, { shuffleOptions: true, random: seededRandom('s') });
    const again = toLearnerQuestion(many, undefined, undefined, { shuffleOptions: true, random: seededRandom('s') });
    expect(first.options).toEqual(again.options);
    expect(first.options?.map((o) => o.id)).not.toEqual(many.options);
  });

  it('never presents an ordering question already solved', () => {
    const solved: OrderingQuestion = { id: 'q-o', type: 'ordering', points: 1, items: ['s1', 's2'], correct: ['s1', 's2'] };
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const learner = toLearnerQuestion(solved, undefined, undefined, { shuffleOptions: true, random: seededRandom(seed) });
      expect(learner.items?.map((i) => i.id)).toEqual(['s2', 's1']);
    }
  });

  it('keeps scenario parts in order with their own text', () => {
    const learner = toLearnerQuestion(questions[6], text['q-scen'], undefined, plain);
    expect(learner.parts?.map((p) => [p.id, p.text])).toEqual([
      ['q-scen-a', 'Part a'],
      ['q-scen-b', 'Part b'],
    ]);
  });
});
