import type { Static } from '@sinclair/typebox';
import { questionSchema } from '../schema/question-base.js';
import { normaliseAnswer } from '../scoring/normalise-answer.js';
import { VERDICT_KEYS } from './helpers.js';
import type { QuestionTypeDefinition, TextPair } from './question-type.js';

/** Accepted answers are language text, so they live in the translation (`QuestionText.accepted`). */
export const ShortTextQuestionSchema = questionSchema('short-text', {});
export type ShortTextQuestion = Static<typeof ShortTextQuestionSchema>;

function acceptedAnswers({ text, fallback }: TextPair): string[] {
  return [...(text?.accepted ?? []), ...(fallback?.accepted ?? [])].filter((a) => typeof a === 'string');
}

export const shortText: QuestionTypeDefinition<ShortTextQuestion> = {
  type: 'short-text',
  schema: ShortTextQuestionSchema,
  textKeys(_question, add) {
    add(['accepted'], '', 'accepted answers');
    add(['feedback', 'correct'], '', 'feedback for a correct answer');
    add(['feedback', 'incorrect'], '', 'feedback for an incorrect answer');
  },
  textIds: () => ({}),
  feedbackKeys: VERDICT_KEYS,
  acceptsAnswers: true,
  checkKey: () => undefined,
  /** 1 when the answer equals an accepted answer after `normaliseAnswer`, else 0. */
  score(_question, response, text) {
    if (typeof response !== 'string') return { fraction: 0 };
    const given = normaliseAnswer(response);
    return { fraction: given !== '' && acceptedAnswers(text).some((answer) => normaliseAnswer(answer) === given) ? 1 : 0 };
  },
  correctResponse: (_question, text) => acceptedAnswers(text)[0] ?? '',
  learnerView: (_question, base) => base,
  initialResponse: () => undefined,
  isAnswered: (_question, response) => typeof response === 'string' && response.trim() !== '',
  scorm: { interactionType: 'fill-in', response: 'text' },
};
