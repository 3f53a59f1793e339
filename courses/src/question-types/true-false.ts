import { Type, type Static } from '@sinclair/typebox';
import { questionSchema } from '../schema/question-base.js';
import { feedbackText } from './helpers.js';
import type { QuestionTypeDefinition } from './question-type.js';

export const TrueFalseQuestionSchema = questionSchema('true-false', { correct: Type.Boolean() });
export type TrueFalseQuestion = Static<typeof TrueFalseQuestionSchema>;

export const trueFalse: QuestionTypeDefinition<TrueFalseQuestion> = {
  type: 'true-false',
  schema: TrueFalseQuestionSchema,
  textKeys(_question, add) {
    add(['feedback', 'true'], '', 'feedback for "true"');
    add(['feedback', 'false'], '', 'feedback for "false"');
  },
  textIds: () => ({}),
  feedbackKeys: ['true', 'false'],
  acceptsAnswers: false,
  checkKey(question, name, path, report) {
    if (typeof question.correct !== 'boolean') report(`the answer key of ${name} must be true or false`, [...path, 'correct']);
  },
  score(question, response, text) {
    const chosen = typeof response === 'boolean' ? feedbackText(String(response), text) : undefined;
    return { fraction: response === question.correct ? 1 : 0, feedback: chosen ? [chosen] : [] };
  },
  correctResponse: (question) => question.correct,
  learnerView: (_question, base) => base,
  initialResponse: () => undefined,
  isAnswered: (_question, response) => typeof response === 'boolean',
  scorm: { interactionType: 'true-false', response: 'boolean' },
};
