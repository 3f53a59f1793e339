import type { Question, QuestionResponse, QuestionText } from '../model/types.js';
import { sampleQuestions } from '../../test/builders.js';
import { scoreQuestion } from './score-question.js';

const { questions, text } = sampleQuestions();
const question = (id: string): Question => questions.find((q) => q.id === id) as Question;
const score = (id: string, response: QuestionResponse | undefined, t: QuestionText | undefined = text[id], fb?: QuestionText) =>
  scoreQuestion(question(id), response, t, fb);

describe('scoreQuestion', () => {
  describe('single-choice', () => {
    it('scores the right option 1 with its feedback, the explanation and the key', () => {
      expect(score('q-single', 'b')).toEqual({
        questionId: 'q-single',
        fraction: 1,
        points: 1,
        correct: true,
        feedback: ['Feedback b'],
        explanation: 'Because b.',
        correctResponse: 'b',
      });
    });
    it('scores a wrong option 0 and shows that option’s feedback', () => {
      expect(score('q-single', 'c')).toMatchObject({ fraction: 0, correct: false, feedback: ['Feedback c'] });
    });
  });

  describe('multiple-choice partial credit max(0, (right − wrong) ÷ right)', () => {
    it.each([
      [['a', 'c'], 1],
      [['a'], 0.5],
      [['a', 'b'], 0],
      [['a', 'c', 'b'], 0.5],
      [['a', 'b', 'c', 'd'], 0],
      [[], 0],
      [['a', 'a'], 0.5],
    ])('%j → %d', (response, fraction) => expect(score('q-multi', response).fraction).toBe(fraction));

    it('gives the feedback of every chosen option in option order', () => {
      expect(score('q-multi', ['c', 'a']).feedback).toEqual(['Feedback a', 'Feedback c']);
    });
  });

  describe('true-false', () => {
    it('uses the chosen value’s feedback', () => {
      expect(score('q-tf', false)).toMatchObject({ fraction: 1, feedback: ['Right, false.'], correctResponse: false });
      expect(score('q-tf', true)).toMatchObject({ fraction: 0, feedback: ['It is false.'] });
    });
    it('does not accept the string "false" for false', () => {
      expect(score('q-tf', 'false').fraction).toBe(0);
    });
  });

  it('matching scores the share of prompts matched, with correct/incorrect feedback', () => {
    expect(score('q-match', { m1: 't2', m2: 't1' })).toMatchObject({ fraction: 1, feedback: ['Well done.'] });
    expect(score('q-match', { m1: 't2', m2: 't3' })).toMatchObject({ fraction: 0.5, feedback: ['Not quite.'] });
    expect(score('q-match', { m1: 't2', m2: 't1' }).correctResponse).toEqual({ m1: 't2', m2: 't1' });
  });

  it('ordering scores the share of items in their right position', () => {
    expect(score('q-order', ['s1', 's2', 's3']).fraction).toBe(1);
    expect(score('q-order', ['s1', 's3', 's2']).fraction).toBeCloseTo(1 / 3);
    expect(score('q-order', ['s3', 's1', 's2']).fraction).toBe(0);
  });

  describe('short-text', () => {
    it('accepts answers regardless of case, spacing and accents', () => {
      expect(score('q-short', '  Hostile   RÉCONNAISSANCE ').fraction).toBe(1);
      expect(score('q-short', 'surveillance').fraction).toBe(0);
      expect(score('q-short', '').fraction).toBe(0);
    });
    it('accepts the English answers as well as the translation’s', () => {
      const french: QuestionText = { text: 'Nommez-le', accepted: ['repérage hostile'] };
      expect(score('q-short', 'reperage hostile', french, text['q-short']).fraction).toBe(1);
      expect(score('q-short', 'reconnaissance', french, text['q-short']).fraction).toBe(1);
      expect(score('q-short', 'reperage hostile', french, text['q-short']).correctResponse).toBe('repérage hostile');
    });
    it('falls back to the English feedback and explanation', () => {
      expect(score('q-short', 'x', { text: 'Nommez-le' }, text['q-short'])).toMatchObject({ feedback: ['Not quite.'], explanation: 'Recon.' });
    });
  });

  describe('scenario', () => {
    it('is the points-weighted mean of its parts', () => {
      const result = score('q-scen', { 'q-scen-a': 'b', 'q-scen-b': true });
      expect(result.fraction).toBe(0.75);
      expect(result.points).toBe(3);
      expect(result.parts?.map((part) => part.fraction)).toEqual([0, 1]);
      expect(result.parts?.[1].feedback).toEqual(['Yes']);
      expect(result.correctResponse).toEqual({ 'q-scen-a': 'a', 'q-scen-b': true });
    });
  });

  describe('missing or malformed responses score 0 and never throw', () => {
    const malformed: unknown[] = [undefined, null, 42, 'zzz', ['x'], { constructor: 'x' }, { toString: 't1' }, [[]], true];
    it.each(questions.map((q) => q.id))('%s', (id) => {
      for (const response of malformed) {
        const result = score(id, response as QuestionResponse);
        expect(result.fraction).toBe(0);
        expect(result.correct).toBe(false);
      }
    });
    it('an unknown question type scores 0', () => {
      const odd = { id: 'q-odd', type: 'essay', points: 1 } as unknown as Question;
      expect(scoreQuestion(odd, 'anything')).toMatchObject({ fraction: 0, correct: false, feedback: [] });
    });
  });
});
