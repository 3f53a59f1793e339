import { ID_PATTERN } from '../model/constants.js';
import type { QuestionResponse, QuestionText } from '../model/types.js';
import type { TextPair } from './question-type.js';

/** Learner responses arrive as untrusted JSON: only own keys count (never `constructor` & co). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && typeof record === 'object' && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringsOf(response: QuestionResponse | undefined): string[] {
  return Array.isArray(response) ? response.filter((item): item is string => typeof item === 'string') : [];
}

/** A key's feedback in the learner's language, else in English. */
export function feedbackText(key: string, { text, fallback }: TextPair): string | undefined {
  return own(text?.feedback, key) ?? own(fallback?.feedback, key);
}

export function optionFeedback(ids: string[], { text, fallback }: TextPair): string[] {
  return ids
    .map((id) => own(text?.options, id)?.feedback ?? own(fallback?.options, id)?.feedback)
    .filter((feedback): feedback is string => typeof feedback === 'string' && feedback !== '');
}

type Labels = Record<string, string> | undefined;

/** Ids with their labels: the learner's language, else English, else the id. */
export function labelled(ids: string[], labels: Labels, fallback: Labels): { id: string; text: string }[] {
  return ids.map((id) => ({ id, text: labels?.[id] || fallback?.[id] || id }));
}

export function optionLabels(text: QuestionText | undefined): Labels {
  return text?.options ? Object.fromEntries(Object.entries(text.options).map(([id, option]) => [id, option.text])) : undefined;
}

/** Ids must match the id pattern and be distinct. */
export function checkIds(ids: unknown[], what: string, path: (string | number)[], report: (message: string, path: (string | number)[]) => void): void {
  const seen = new Set<unknown>();
  ids.forEach((id, index) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) report(`${what} id "${String(id)}" must match ${ID_PATTERN}`, [...path, index]);
    else if (seen.has(id)) report(`${what} id ${id} is used twice`, [...path, index]);
    seen.add(id);
  });
}

/** matching, ordering, short-text, scenario: one verdict feedback each way. */
export const VERDICT_KEYS = ['correct', 'incorrect'] as const;

/**
 * What every question of options has in common (single and multiple choice): a text and a feedback
 * per option, text only for its options, the option ids checked, and the options shown in the
 * attempt's order with their labels.
 */
export const optionsQuestion = {
  textKeys(question: { options?: string[] }, add: (sub: string[], of: string, noun: string) => void): void {
    for (const option of question.options ?? []) {
      add(['options', option, 'text'], `option "${option}" of `, 'text');
      add(['options', option, 'feedback'], `option "${option}" of `, 'feedback');
    }
  },
  textIds: (question: { options: string[] }) => ({ options: question.options }),
  feedbackKeys: [] as readonly string[],
  acceptsAnswers: false,
  learnerView: <B>(question: { options: string[] }, base: B, pair: TextPair, present: { order(ids: string[]): string[] }) => ({
    ...base,
    options: labelled(present.order(question.options), optionLabels(pair.text), optionLabels(pair.fallback)),
  }),
  initialResponse: (): undefined => undefined,
};
