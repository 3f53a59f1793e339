import { rightResponse, sampleQuestions } from '../../test/builders.js';
import { QUESTION_TYPES } from '../model/constants.js';
import { toLearnerQuestion } from '../quiz/learner-question.js';
import { seededRandom } from '../quiz/seeded-random.js';
import { scoreQuestion } from '../scoring/score-question.js';
import { isAnswered, QUESTION_TYPE_DEFINITIONS } from './registry.js';

describe('the question type registry', () => {
  it('has one definition per type, under its own name', () => {
    expect(Object.keys(QUESTION_TYPE_DEFINITIONS).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const [type, definition] of Object.entries(QUESTION_TYPE_DEFINITIONS)) expect(definition.type).toBe(type);
  });

  const { questions, text } = sampleQuestions();
  it.each(questions.map((question) => [question.type, question] as const))(
    '%s: the right response scores 1, counts as answered, and the learner view carries no key',
    (_type, question) => {
      const right = rightResponse(question, text[question.id]);
      expect(scoreQuestion(question, right, text[question.id]).fraction).toBe(1);
      const view = toLearnerQuestion(question, text[question.id], undefined, { shuffleOptions: true, random: seededRandom('t') });
      expect(isAnswered(view, right)).toBe(true);
      expect(isAnswered(view, undefined)).toBe(false);
      expect(JSON.stringify(view)).not.toMatch(/correct|feedback|accepted|explanation/);
      expect(QUESTION_TYPE_DEFINITIONS[question.type].scorm.interactionType).toEqual(expect.any(String));
    },
  );
});
