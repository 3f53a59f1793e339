import { Type, type Static } from '@sinclair/typebox';
import type { LearnerQuestion, QuestionResponse } from '../model/types.js';
import { questionSchema } from '../schema/question-base.js';
import { isRecord, own, VERDICT_KEYS } from './helpers.js';
import { matching, MatchingQuestionSchema } from './matching.js';
import { multipleChoice, MultipleChoiceQuestionSchema } from './multiple-choice.js';
import { ordering, OrderingQuestionSchema } from './ordering.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { resultOf } from './result.js';
import { shortText, ShortTextQuestionSchema } from './short-text.js';
import { singleChoice, SingleChoiceQuestionSchema } from './single-choice.js';
import { trueFalse, TrueFalseQuestionSchema } from './true-false.js';

export const PartQuestionSchema = Type.Union([
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  ShortTextQuestionSchema,
]);
export type PartQuestion = Static<typeof PartQuestionSchema>;

/** The types a scenario's part may have (any but scenario: parts do not nest). */
export const PART_TYPE_DEFINITIONS: { [T in PartQuestion['type']]: QuestionTypeDefinition<Extract<PartQuestion, { type: T }>> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  matching,
  ordering,
  'short-text': shortText,
};

export function partDefinition<Q extends PartQuestion>(part: Q): QuestionTypeDefinition<Q> {
  return PART_TYPE_DEFINITIONS[part.type as PartQuestion['type']] as unknown as QuestionTypeDefinition<Q>;
}

export const ScenarioQuestionSchema = questionSchema('scenario', {
  parts: Type.Array(PartQuestionSchema, { minItems: 1, description: 'Ordered sub-questions (any type but scenario).' }),
});
export type ScenarioQuestion = Static<typeof ScenarioQuestionSchema>;

const partsOf = (question: LearnerQuestion) => question.parts ?? [];

export const scenario: QuestionTypeDefinition<ScenarioQuestion> = {
  type: 'scenario',
  schema: ScenarioQuestionSchema,
  textKeys(question, _add, part) {
    for (const each of question.parts ?? []) part(each);
  },
  textIds: (question) => ({ parts: question.parts.map((part) => part.id) }),
  feedbackKeys: VERDICT_KEYS,
  acceptsAnswers: false,
  // Each part's key is checked as a question of its own (validate-settings.ts).
  checkKey: () => undefined,
  /** Points-weighted mean of its parts. */
  score(question, response, { text, fallback }) {
    const answers = (isRecord(response) ? response : {}) as Record<string, QuestionResponse>;
    const parts = question.parts.map((part) =>
      resultOf(partDefinition(part), part, own(answers, part.id), own(text?.parts, part.id), own(fallback?.parts, part.id)),
    );
    const total = parts.reduce((sum, part) => sum + part.points, 0);
    return { fraction: total > 0 ? parts.reduce((sum, part) => sum + part.points * part.fraction, 0) / total : 0, parts };
  },
  correctResponse: (question, { text, fallback }) =>
    Object.fromEntries(
      question.parts.map((part) => [
        part.id,
        partDefinition(part).correctResponse(part, { text: own(text?.parts, part.id), fallback: own(fallback?.parts, part.id) }),
      ]),
    ),
  // Parts are presented by toLearnerQuestion, each as a question of its own.
  learnerView: (_question, base) => base,
  initialResponse(question) {
    const responses: Record<string, QuestionResponse> = {};
    for (const part of partsOf(question)) {
      const initial = partDefinition({ type: part.type } as PartQuestion).initialResponse(part);
      if (initial !== undefined) responses[part.id] = initial;
    }
    return responses;
  },
  isAnswered(question, response) {
    const parts = typeof response === 'object' && !Array.isArray(response) ? response : {};
    return partsOf(question).every((part) => {
      const answer = parts[part.id];
      return answer !== undefined && partDefinition({ type: part.type } as PartQuestion).isAnswered(part, answer as QuestionResponse);
    });
  },
  scorm: { interactionType: 'other', response: 'one interaction per part' },
};
