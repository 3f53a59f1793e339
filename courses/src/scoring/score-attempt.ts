import type { AttemptResult, Question, QuestionResponse, QuestionText } from '../model/types.js';
import { scoreQuestion } from './score-question.js';

export interface ScoredItem {
  question: Question;
  /** The question's text in the attempt's language. */
  text?: QuestionText;
  /** The English text, for accepted answers and any key the translation lacks. */
  fallbackText?: QuestionText;
}

/** Σ(points × fraction) ÷ Σ points as a percentage to two decimals; passed when ≥ the pass mark. */
export function scoreAttempt(items: ScoredItem[], responses: Record<string, QuestionResponse>, passMark: number): AttemptResult {
  const answers = typeof responses === 'object' && responses !== null ? responses : {};
  const results = items.map(({ question, text, fallbackText }) =>
    scoreQuestion(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined, text, fallbackText),
  );
  const total = results.reduce((sum, result) => sum + result.points, 0);
  const earned = results.reduce((sum, result) => sum + result.points * result.fraction, 0);
  const score = total > 0 ? Math.round((earned / total) * 10000) / 100 : 0;
  return { score, passed: score >= passMark, passMark, results };
}
