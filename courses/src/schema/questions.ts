import { Type, type TSchema } from '@sinclair/typebox';
import type { QuestionType } from '../model/constants.js';
import { PART_TYPE_DEFINITIONS, type PartQuestion } from '../question-types/scenario.js';
import { QUESTION_TYPE_DEFINITIONS } from '../question-types/registry.js';

/** The questions' schemas, each defined in its type's file (src/question-types/). */
export { SingleChoiceQuestionSchema, type SingleChoiceQuestion } from '../question-types/single-choice.js';
export { MultipleChoiceQuestionSchema, type MultipleChoiceQuestion } from '../question-types/multiple-choice.js';
export { TrueFalseQuestionSchema, type TrueFalseQuestion } from '../question-types/true-false.js';
export { MatchingQuestionSchema, type MatchingQuestion } from '../question-types/matching.js';
export { OrderingQuestionSchema, type OrderingQuestion } from '../question-types/ordering.js';
export { ShortTextQuestionSchema, type ShortTextQuestion } from '../question-types/short-text.js';
export { ScenarioQuestionSchema, PartQuestionSchema, type ScenarioQuestion, type PartQuestion } from '../question-types/scenario.js';
export { DecisionQuestionSchema, type DecisionQuestion } from '../question-types/decision.js';

/** Each type's schema, by type (a scenario's parts: any type but scenario). */
export function questionSchemaOf(type: QuestionType): TSchema {
  return QUESTION_TYPE_DEFINITIONS[type].schema;
}
export const PART_TYPES = Object.keys(PART_TYPE_DEFINITIONS) as PartQuestion['type'][];

/** quiz.yaml as a file: the bank (each question is checked against its own type by the validator). */
export const QuestionBankFileSchema = Type.Object(
  { questions: Type.Array(Type.Unknown(), { minItems: 1, description: 'The question bank, in authored order.' }) },
  { additionalProperties: false },
);
