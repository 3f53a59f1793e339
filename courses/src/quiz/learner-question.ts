import type { LearnerQuestion, Question, QuestionText } from '../model/types.js';
import { shuffle } from './shuffle.js';

export interface PresentationOptions {
  shuffleOptions: boolean;
  random: () => number;
}

type Labels = Record<string, string> | undefined;

function labelled(ids: string[], labels: Labels, fallback: Labels): { id: string; text: string }[] {
  return ids.map((id) => ({ id, text: labels?.[id] || fallback?.[id] || id }));
}

function optionLabels(text: QuestionText | undefined): Labels {
  return text?.options ? Object.fromEntries(Object.entries(text.options).map(([id, option]) => [id, option.text])) : undefined;
}

/** Shuffles, but never hands an ordering question over already in its answer order. */
function shuffledItems(items: string[], correct: string[], options: PresentationOptions): string[] {
  const order = options.shuffleOptions ? shuffle(items, options.random) : [...items];
  const solved = order.length > 1 && order.every((id, index) => id === correct[index]);
  return solved ? [...order.slice(1), order[0]] : order;
}

/**
 * A question as the learner sees it before submitting: ids, wording and labels only. Answer keys,
 * feedback, explanations and accepted answers are never copied, so nothing leaks to a client.
 * Text comes from the learner's language per key, else English, else the id.
 */
export function toLearnerQuestion(
  question: Question,
  text: QuestionText | undefined,
  fallbackText: QuestionText | undefined,
  options: PresentationOptions,
): LearnerQuestion {
  const base: LearnerQuestion = {
    id: question.id,
    type: question.type,
    text: text?.text || fallbackText?.text || '',
    points: question.points ?? 1,
  };
  const order = (ids: string[]): string[] => (options.shuffleOptions ? shuffle(ids, options.random) : [...ids]);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { ...base, options: labelled(order(question.options), optionLabels(text), optionLabels(fallbackText)) };
    case 'matching':
      return {
        ...base,
        prompts: labelled(question.prompts, text?.prompts, fallbackText?.prompts),
        targets: labelled(order(question.targets), text?.targets, fallbackText?.targets),
      };
    case 'ordering':
      return { ...base, items: labelled(shuffledItems(question.items, question.correct, options), text?.items, fallbackText?.items) };
    case 'scenario':
      return {
        ...base,
        parts: question.parts.map((part) => toLearnerQuestion(part, text?.parts?.[part.id], fallbackText?.parts?.[part.id], options)),
      };
    default:
      return base;
  }
}
