import type { Question, QuestionResponse, QuestionResult, QuestionText } from '../model/types.js';
import { feedbackText } from './helpers.js';
import type { QuestionTypeDefinition } from './question-type.js';

/**
 * A question's result by its type's definition: the fraction clamped to [0, 1], feedback (the
 * type's, else the verdict), explanation and correct response. Behind `scoreQuestion`; a scenario
 * uses it for its parts.
 */
export function resultOf<Q extends Question>(
  definition: QuestionTypeDefinition<Q> | undefined,
  question: Q,
  response: QuestionResponse | undefined,
  text?: QuestionText,
  fallbackText?: QuestionText,
): QuestionResult {
  const points = question.points ?? 1;
  const texts = { text, fallback: fallbackText };
  const scored = definition ? definition.score(question, response, texts) : { fraction: 0, feedback: undefined, parts: undefined };
  const fraction = Number.isFinite(scored.fraction) ? Math.min(1, Math.max(0, scored.fraction)) : 0;
  const correct = scored.correct ?? fraction === 1;
  const verdict = scored.feedback ? undefined : feedbackText(correct ? 'correct' : 'incorrect', texts);
  const feedback = scored.feedback ?? (verdict ? [verdict] : []);
  const explanation = text?.explanation || fallbackText?.explanation || undefined;
  return {
    questionId: question.id,
    fraction,
    points,
    correct,
    feedback,
    ...(explanation ? { explanation } : {}),
    correctResponse: definition ? definition.correctResponse(question, texts) : '',
    ...(scored.parts ? { parts: scored.parts } : {}),
  };
}
