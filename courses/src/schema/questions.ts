import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { Id, Ids } from './primitives.js';

/** The keys every question has, then the keys of its type. `points` is filled in (default 1) by the loader. */
function question<T extends string, P extends TProperties>(type: T, properties: P) {
  return Type.Object(
    {
      id: Type.String({ ...Id, description: 'Stable id, also the API question id and the SCORM interaction id.' }),
      type: Type.Literal(type),
      topic: Type.Optional(Type.String({ description: 'Free label used by drawByTopic.' })),
      points: Type.Number({ exclusiveMinimum: 0, description: 'Weight in the attempt score; default 1.' }),
      ...properties,
    },
    { additionalProperties: false },
  );
}

export const SingleChoiceQuestionSchema = question('single-choice', { options: Ids, correct: Type.String({ ...Id, description: 'The right option id.' }) });
export const MultipleChoiceQuestionSchema = question('multiple-choice', {
  options: Ids,
  correct: Type.Array(Id, { ...Ids, description: 'Every right option id.' }),
});
export const TrueFalseQuestionSchema = question('true-false', { correct: Type.Boolean() });
export const MatchingQuestionSchema = question('matching', {
  prompts: Type.Array(Id, { ...Ids, description: 'Left column ids.' }),
  targets: Type.Array(Id, { ...Ids, description: 'Right column ids (may include distractors).' }),
  correct: Type.Record(Type.String(), Id, { description: 'Prompt id → target id.' }),
});
export const OrderingQuestionSchema = question('ordering', {
  items: Type.Array(Id, { ...Ids, description: 'Item ids as presented before shuffling.' }),
  correct: Type.Array(Id, { ...Ids, description: 'The same ids in the right order.' }),
});
/** Accepted answers are language text, so they live in the translation (`QuestionText.accepted`). */
export const ShortTextQuestionSchema = question('short-text', {});

export const PART_SCHEMAS = {
  'single-choice': SingleChoiceQuestionSchema,
  'multiple-choice': MultipleChoiceQuestionSchema,
  'true-false': TrueFalseQuestionSchema,
  matching: MatchingQuestionSchema,
  ordering: OrderingQuestionSchema,
  'short-text': ShortTextQuestionSchema,
} as const;

export const PartQuestionSchema = Type.Union([
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  ShortTextQuestionSchema,
]);

export const ScenarioQuestionSchema = question('scenario', {
  parts: Type.Array(PartQuestionSchema, { minItems: 1, description: 'Ordered sub-questions (any type but scenario).' }),
});

export const QUESTION_SCHEMAS = { ...PART_SCHEMAS, scenario: ScenarioQuestionSchema } as const;

export type SingleChoiceQuestion = Static<typeof SingleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = Static<typeof MultipleChoiceQuestionSchema>;
export type TrueFalseQuestion = Static<typeof TrueFalseQuestionSchema>;
export type MatchingQuestion = Static<typeof MatchingQuestionSchema>;
export type OrderingQuestion = Static<typeof OrderingQuestionSchema>;
export type ShortTextQuestion = Static<typeof ShortTextQuestionSchema>;
export type PartQuestion = Static<typeof PartQuestionSchema>;
export type ScenarioQuestion = Static<typeof ScenarioQuestionSchema>;
export type Question = PartQuestion | ScenarioQuestion;

/** quiz.yaml as a file: the bank (each question is checked against its own type by the validator). */
export const QuestionBankFileSchema = Type.Object(
  { questions: Type.Array(Type.Unknown(), { minItems: 1, description: 'The question bank, in authored order.' }) },
  { additionalProperties: false },
);
