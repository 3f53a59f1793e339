import type { LearnerQuestion, Question, QuestionResponse, QuestionType } from '../model/types.js';
import { decision } from './decision.js';
import { matching } from './matching.js';
import { multipleChoice } from './multiple-choice.js';
import { ordering } from './ordering.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { scenario } from './scenario.js';
import { shortText } from './short-text.js';
import { singleChoice } from './single-choice.js';
import { trueFalse } from './true-false.js';

/**
 * Every question type, by name. A `Record` over `QuestionType`: adding a type to QUESTION_TYPES
 * (model/constants.ts) without its definition here does not compile. Adding a type: its file in
 * this folder, its entry here, its name in QUESTION_TYPES.
 */
export const QUESTION_TYPE_DEFINITIONS: { [T in QuestionType]: QuestionTypeDefinition<Extract<Question, { type: T }>> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  matching,
  ordering,
  'short-text': shortText,
  scenario,
  decision,
};

/** The definition of `question`'s type. */
export function definitionOf<Q extends Question>(question: Q): QuestionTypeDefinition<Q> {
  return QUESTION_TYPE_DEFINITIONS[question.type] as unknown as QuestionTypeDefinition<Q>;
}

/** The response a learner's question starts with, if any (an ordering starts as shown). */
export function initialResponse(question: LearnerQuestion): QuestionResponse | undefined {
  return (QUESTION_TYPE_DEFINITIONS[question.type] as QuestionTypeDefinition).initialResponse(question);
}

/** Whether `response` answers `question` fully enough to count as answered. */
export function isAnswered(question: LearnerQuestion, response: QuestionResponse | undefined): boolean {
  return response !== undefined && (QUESTION_TYPE_DEFINITIONS[question.type] as QuestionTypeDefinition).isAnswered(question, response);
}
