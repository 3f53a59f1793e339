import { Type, type Static } from '@sinclair/typebox';
import { Ids, Id } from '../schema/primitives.js';
import { questionSchema } from '../schema/question-base.js';
import { checkIds, optionFeedback, optionsQuestion } from './helpers.js';
import type { QuestionTypeDefinition } from './question-type.js';

export const SingleChoiceQuestionSchema = questionSchema('single-choice', {
  options: Ids,
  correct: Type.String({ ...Id, description: 'The right option id.' }),
});
export type SingleChoiceQuestion = Static<typeof SingleChoiceQuestionSchema>;

export const singleChoice: QuestionTypeDefinition<SingleChoiceQuestion> = {
  type: 'single-choice',
  schema: SingleChoiceQuestionSchema,
  ...optionsQuestion,
  checkKey(question, name, path, report) {
    checkIds(question.options ?? [], `option of ${name}:`, [...path, 'options'], report);
    if (!question.options?.includes(question.correct))
      report(`the answer key of ${name} names option "${question.correct}", which it does not have`, [...path, 'correct']);
  },
  score(question, response, text) {
    return {
      fraction: response === question.correct ? 1 : 0,
      feedback: typeof response === 'string' && question.options.includes(response) ? optionFeedback([response], text) : [],
    };
  },
  correctResponse: (question) => question.correct,
  isAnswered: (_question, response) => typeof response === 'string' && response.trim() !== '',
  scorm: { interactionType: 'choice', response: 'option ids' },
};
