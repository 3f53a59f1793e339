import { Type, type Static } from '@sinclair/typebox';
import { Id, Ids } from '../schema/primitives.js';
import { questionSchema } from '../schema/question-base.js';
import { checkIds, optionFeedback, optionsQuestion, stringsOf } from './helpers.js';
import type { QuestionTypeDefinition } from './question-type.js';

export const MultipleChoiceQuestionSchema = questionSchema('multiple-choice', {
  options: Ids,
  correct: Type.Array(Id, { ...Ids, description: 'Every right option id.' }),
});
export type MultipleChoiceQuestion = Static<typeof MultipleChoiceQuestionSchema>;

export const multipleChoice: QuestionTypeDefinition<MultipleChoiceQuestion> = {
  type: 'multiple-choice',
  schema: MultipleChoiceQuestionSchema,
  ...optionsQuestion,
  checkKey(question, name, path, report) {
    checkIds(question.options ?? [], `option of ${name}:`, [...path, 'options'], report);
    if (!Array.isArray(question.correct) || question.correct.length === 0) report(`${name} has no right option`, [...path, 'correct']);
    for (const id of question.correct ?? []) {
      if (!question.options?.includes(id)) report(`the answer key of ${name} names option "${id}", which it does not have`, [...path, 'correct']);
    }
  },
  /** max(0, (right chosen − wrong chosen) ÷ right): ticking everything earns nothing. */
  score(question, response, text) {
    const chosen = new Set(stringsOf(response));
    const right = question.correct.filter((id) => chosen.has(id)).length;
    const wrong = [...chosen].filter((id) => !question.correct.includes(id)).length;
    return {
      fraction: question.correct.length === 0 ? 0 : Math.max(0, (right - wrong) / question.correct.length),
      feedback: optionFeedback(
        question.options.filter((id) => chosen.has(id)),
        text,
      ),
    };
  },
  correctResponse: (question) => [...question.correct],
  isAnswered: (_question, response) => Array.isArray(response) && response.length > 0,
  scorm: { interactionType: 'choice', response: 'option ids' },
};
