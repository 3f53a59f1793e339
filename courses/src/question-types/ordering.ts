import { Type, type Static } from '@sinclair/typebox';
import { Id, Ids } from '../schema/primitives.js';
import { questionSchema } from '../schema/question-base.js';
import { shuffle } from '../quiz/shuffle.js';
import { labelled, VERDICT_KEYS } from './helpers.js';
import type { Present, QuestionTypeDefinition } from './question-type.js';

export const OrderingQuestionSchema = questionSchema('ordering', {
  items: Type.Array(Id, { ...Ids, description: 'Item ids as presented before shuffling.' }),
  correct: Type.Array(Id, { ...Ids, description: 'The same ids in the right order.' }),
});
export type OrderingQuestion = Static<typeof OrderingQuestionSchema>;

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));

/** Shuffles, but never hands an ordering question over already in its answer order. */
function shuffledItems(items: string[], correct: string[], present: Present): string[] {
  const order = present.shuffleOptions ? shuffle(items, present.random) : [...items];
  const solved = order.length > 1 && order.every((id, index) => id === correct[index]);
  return solved ? [...order.slice(1), order[0]] : order;
}

export const ordering: QuestionTypeDefinition<OrderingQuestion> = {
  type: 'ordering',
  schema: OrderingQuestionSchema,
  textKeys(question, add) {
    for (const id of question.items ?? []) add(['items', id], `item "${id}" of `, 'text');
    add(['feedback', 'correct'], '', 'feedback for a correct answer');
    add(['feedback', 'incorrect'], '', 'feedback for an incorrect answer');
  },
  textIds: (question) => ({ items: question.items }),
  feedbackKeys: VERDICT_KEYS,
  acceptsAnswers: false,
  checkKey(question, name, path, report) {
    if (!sameSet(question.correct ?? [], question.items ?? []))
      report(`the answer key of ${name} must list each of its items exactly once`, [...path, 'correct']);
  },
  /** Share of items in their correct position. */
  score(question, response) {
    const order = Array.isArray(response) ? response : [];
    if (question.correct.length === 0) return { fraction: 0 };
    return { fraction: question.correct.filter((item, index) => order[index] === item).length / question.correct.length };
  },
  correctResponse: (question) => [...question.correct],
  learnerView: (question, base, { text, fallback }, present) => ({
    ...base,
    items: labelled(shuffledItems(question.items, question.correct, present), text?.items, fallback?.items),
  }),
  /** Leaving the order as shown is an answer. */
  initialResponse: (question) => (question.items ?? []).map((item) => item.id),
  isAnswered: (_question, response) => Array.isArray(response),
  scorm: { interactionType: 'sequencing', response: 'item ids in order' },
};
