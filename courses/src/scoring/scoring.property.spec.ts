import fc from 'fast-check';
import type { MultipleChoiceQuestion, Question, QuestionResponse } from '../model/types.js';
import { rightResponse, sampleQuestions } from '../../test/builders.js';
import { scoreAttempt } from './score-attempt.js';
import { scoreQuestion } from './score-question.js';

const { questions, text } = sampleQuestions();

/** Anything a client could send as JSON. */
const anyResponse = fc.jsonValue() as fc.Arbitrary<QuestionResponse>;

/** A multiple-choice question over ids o0…o(n−1) with a non-empty random key. */
const multipleChoice = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const options = Array.from({ length: n }, (_, i) => `o${i}`);
  return fc.subarray(options, { minLength: 1 }).map((correct): MultipleChoiceQuestion => ({ id: 'q-p', type: 'multiple-choice', points: 1, options, correct }));
});

describe('scoring properties', () => {
  it('every fraction lies in [0, 1], whatever is sent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), anyResponse, (question: Question, response) => {
        const { fraction } = scoreQuestion(question, response, text[question.id]);
        return fraction >= 0 && fraction <= 1;
      }),
    );
  });

  it('the right response scores 1 for every question type', () => {
    for (const question of questions) {
      expect(scoreQuestion(question, rightResponse(question, text[question.id]), text[question.id]).fraction).toBe(1);
    }
  });

  it('multiple choice: adding a right option never lowers the score, adding a wrong one never raises it', () => {
    fc.assert(
      fc.property(multipleChoice, fc.array(fc.nat()), fc.nat(), (question, picks, extra) => {
        const chosen = [...new Set(picks.map((i) => question.options[i % question.options.length]))];
        const before = scoreQuestion(question, chosen).fraction;
        const candidate = question.options[extra % question.options.length];
        if (chosen.includes(candidate)) return true;
        const after = scoreQuestion(question, [...chosen, candidate]).fraction;
        return question.correct.includes(candidate) ? after >= before : after <= before;
      }),
    );
  });

  it('multiple choice: the key alone scores 1, a superset with a wrong option less than 1', () => {
    fc.assert(
      fc.property(multipleChoice, (question) => {
        expect(scoreQuestion(question, question.correct).fraction).toBe(1);
        const wrong = question.options.find((id) => !question.correct.includes(id));
        if (wrong) expect(scoreQuestion(question, [...question.correct, wrong]).fraction).toBeLessThan(1);
      }),
    );
  });

  it('attempt scores lie in [0, 100] with at most two decimals, passed ⇔ score ≥ pass mark', () => {
    const items = questions.map((question) => ({ question, text: text[question.id] }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...questions.map((q) => q.id)), anyResponse), fc.integer({ min: 1, max: 100 }), (responses, passMark) => {
        const result = scoreAttempt(items, responses, passMark);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Math.round(result.score * 100) / 100).toBe(result.score);
        expect(result.passed).toBe(result.score >= passMark);
      }),
    );
  });
});
