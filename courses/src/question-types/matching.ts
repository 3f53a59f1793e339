import { Type, type Static } from '@sinclair/typebox';
import { Id, Ids } from '../schema/primitives.js';
import { questionSchema } from '../schema/question-base.js';
import { isRecord, labelled, own, VERDICT_KEYS } from './helpers.js';
import type { QuestionTypeDefinition } from './question-type.js';

export const MatchingQuestionSchema = questionSchema('matching', {
  prompts: Type.Array(Id, { ...Ids, description: 'Left column ids.' }),
  targets: Type.Array(Id, { ...Ids, description: 'Right column ids (may include distractors).' }),
  correct: Type.Record(Type.String(), Id, { description: 'Prompt id → target id.' }),
});
export type MatchingQuestion = Static<typeof MatchingQuestionSchema>;

export const matching: QuestionTypeDefinition<MatchingQuestion> = {
  type: 'matching',
  schema: MatchingQuestionSchema,
  textKeys(question, add) {
    for (const id of question.prompts ?? []) add(['prompts', id], `prompt "${id}" of `, 'text');
    for (const id of question.targets ?? []) add(['targets', id], `target "${id}" of `, 'text');
    add(['feedback', 'correct'], '', 'feedback for a correct answer');
    add(['feedback', 'incorrect'], '', 'feedback for an incorrect answer');
  },
  textIds: (question) => ({ prompts: question.prompts, targets: question.targets }),
  feedbackKeys: VERDICT_KEYS,
  acceptsAnswers: false,
  checkKey(question, name, path, report) {
    for (const [prompt, target] of Object.entries(question.correct ?? {})) {
      if (!question.prompts?.includes(prompt))
        report(`the answer key of ${name} names prompt "${prompt}", which it does not have`, [...path, 'correct', prompt]);
      if (!question.targets?.includes(target))
        report(`the answer key of ${name} names target "${target}", which it does not have`, [...path, 'correct', prompt]);
    }
    for (const prompt of question.prompts ?? []) {
      if (!Object.hasOwn(question.correct ?? {}, prompt)) report(`prompt "${prompt}" of ${name} has no target in the answer key`, [...path, 'correct']);
    }
  },
  /** Share of prompts matched to their correct target. */
  score(question, response) {
    const prompts = Object.keys(question.correct);
    if (prompts.length === 0 || !isRecord(response)) return { fraction: 0 };
    return { fraction: prompts.filter((prompt) => own(response, prompt) === question.correct[prompt]).length / prompts.length };
  },
  correctResponse: (question) => ({ ...question.correct }),
  learnerView: (question, base, { text, fallback }, present) => ({
    ...base,
    prompts: labelled(question.prompts, text?.prompts, fallback?.prompts),
    targets: labelled(present.order(question.targets), text?.targets, fallback?.targets),
  }),
  initialResponse: () => undefined,
  isAnswered: (question, response) =>
    typeof response === 'object' &&
    !Array.isArray(response) &&
    (question.prompts ?? []).every((p) => typeof response[p.id] === 'string' && response[p.id] !== ''),
  scorm: { interactionType: 'matching', response: 'prompt-target pairs' },
};
