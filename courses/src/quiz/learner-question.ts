import type { LearnerQuestion, Question, QuestionText } from '../model/types.js';
import { definitionOf } from '../question-types/registry.js';
import { shuffle } from './shuffle.js';

export interface PresentationOptions {
  shuffleOptions: boolean;
  random: () => number;
}

/**
 * A question as the learner sees it before submitting: ids, wording and labels only (each type
 * says what in its `learnerView`, src/question-types/). Answer keys, feedback, explanations and
 * accepted answers are never copied, so nothing leaks to a client. Text comes from the learner's
 * language per key, else English, else the id.
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
  if (question.type === 'scenario') {
    return {
      ...base,
      parts: question.parts.map((part) => toLearnerQuestion(part, text?.parts?.[part.id], fallbackText?.parts?.[part.id], options)),
    };
  }
  const present = { ...options, order: (ids: string[]): string[] => (options.shuffleOptions ? shuffle(ids, options.random) : [...ids]) };
  return definitionOf(question).learnerView(question, base, { text, fallback: fallbackText }, present);
}
