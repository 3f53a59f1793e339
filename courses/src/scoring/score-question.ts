import type { Question, QuestionResponse, QuestionResult, QuestionText } from '../model/types.js';
import { definitionOf } from '../question-types/registry.js';
import { resultOf } from '../question-types/result.js';

/**
 * Scores one question (rules: docs/course-format.md "Scoring"; each type's own rule is in its file
 * under src/question-types/). `text` is the learner's language, `fallbackText` English: both
 * supply accepted short-text answers, feedback and explanation. A missing or malformed response
 * scores 0; this function never throws on learner input.
 */
export function scoreQuestion(question: Question, response: QuestionResponse | undefined, text?: QuestionText, fallbackText?: QuestionText): QuestionResult {
  return resultOf(definitionOf(question), question, response, text, fallbackText);
}
