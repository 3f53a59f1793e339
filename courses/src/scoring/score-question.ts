import type { MatchingQuestion, MultipleChoiceQuestion, OrderingQuestion, Question, QuestionResponse, QuestionResult, QuestionText } from '../model/types.js';
import { normaliseAnswer } from './normalise-answer.js';

/** Learner responses arrive as untrusted JSON: only own keys count (never `constructor` & co). */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && typeof record === 'object' && Object.hasOwn(record, key) ? record[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringsOf(response: QuestionResponse | undefined): string[] {
  return Array.isArray(response) ? response.filter((item): item is string => typeof item === 'string') : [];
}

/** max(0, (right chosen − wrong chosen) ÷ right): ticking everything earns nothing. */
function multipleChoiceFraction(question: MultipleChoiceQuestion, response: QuestionResponse | undefined): number {
  const chosen = new Set(stringsOf(response));
  const right = question.correct.filter((id) => chosen.has(id)).length;
  const wrong = [...chosen].filter((id) => !question.correct.includes(id)).length;
  return question.correct.length === 0 ? 0 : Math.max(0, (right - wrong) / question.correct.length);
}

function matchingFraction(question: MatchingQuestion, response: QuestionResponse | undefined): number {
  const prompts = Object.keys(question.correct);
  if (prompts.length === 0 || !isRecord(response)) return 0;
  const matched = prompts.filter((prompt) => own(response, prompt) === question.correct[prompt]).length;
  return matched / prompts.length;
}

function orderingFraction(question: OrderingQuestion, response: QuestionResponse | undefined): number {
  const order = Array.isArray(response) ? response : [];
  if (question.correct.length === 0) return 0;
  return question.correct.filter((item, index) => order[index] === item).length / question.correct.length;
}

function acceptedAnswers(text?: QuestionText, fallbackText?: QuestionText): string[] {
  return [...(text?.accepted ?? []), ...(fallbackText?.accepted ?? [])].filter((a) => typeof a === 'string');
}

function shortTextFraction(response: QuestionResponse | undefined, accepted: string[]): number {
  if (typeof response !== 'string') return 0;
  const given = normaliseAnswer(response);
  return given !== '' && accepted.some((answer) => normaliseAnswer(answer) === given) ? 1 : 0;
}

/** A key's text in the learner's language, else in English. */
function feedbackText(key: string, text?: QuestionText, fallbackText?: QuestionText): string | undefined {
  return own(text?.feedback, key) ?? own(fallbackText?.feedback, key);
}

function optionFeedback(ids: string[], text?: QuestionText, fallbackText?: QuestionText): string[] {
  return ids
    .map((id) => own(text?.options, id)?.feedback ?? own(fallbackText?.options, id)?.feedback)
    .filter((feedback): feedback is string => typeof feedback === 'string' && feedback !== '');
}

function correctResponseOf(question: Question, text?: QuestionText, fallbackText?: QuestionText): QuestionResponse {
  switch (question.type) {
    case 'short-text':
      return acceptedAnswers(text, fallbackText)[0] ?? '';
    case 'scenario':
      return Object.fromEntries(question.parts.map((part) => [part.id, correctResponseOf(part, own(text?.parts, part.id), own(fallbackText?.parts, part.id))]));
    case 'matching':
      return { ...question.correct };
    case 'multiple-choice':
    case 'ordering':
      return [...question.correct];
    default:
      return question.correct;
  }
}

/**
 * Scores one question (rules: docs/course-format.md "Scoring"). `text` is the learner's language,
 * `fallbackText` English: both supply accepted short-text answers, feedback and explanation.
 * A missing or malformed response scores 0; this function never throws on learner input.
 */
export function scoreQuestion(question: Question, response: QuestionResponse | undefined, text?: QuestionText, fallbackText?: QuestionText): QuestionResult {
  const points = question.points ?? 1;
  let fraction = 0;
  let feedback: string[] = [];
  let parts: QuestionResult[] | undefined;
  switch (question.type) {
    case 'single-choice':
      fraction = response === question.correct ? 1 : 0;
      feedback = typeof response === 'string' && question.options.includes(response) ? optionFeedback([response], text, fallbackText) : [];
      break;
    case 'multiple-choice': {
      fraction = multipleChoiceFraction(question, response);
      const chosen = new Set(stringsOf(response));
      feedback = optionFeedback(
        question.options.filter((id) => chosen.has(id)),
        text,
        fallbackText,
      );
      break;
    }
    case 'true-false': {
      fraction = response === question.correct ? 1 : 0;
      const chosen = typeof response === 'boolean' ? feedbackText(String(response), text, fallbackText) : undefined;
      feedback = chosen ? [chosen] : [];
      break;
    }
    case 'matching':
      fraction = matchingFraction(question, response);
      break;
    case 'ordering':
      fraction = orderingFraction(question, response);
      break;
    case 'short-text':
      fraction = shortTextFraction(response, acceptedAnswers(text, fallbackText));
      break;
    case 'scenario': {
      const answers = isRecord(response) ? response : {};
      parts = question.parts.map((part) =>
        scoreQuestion(part, own(answers as Record<string, QuestionResponse>, part.id), own(text?.parts, part.id), own(fallbackText?.parts, part.id)),
      );
      const total = parts.reduce((sum, part) => sum + part.points, 0);
      fraction = total > 0 ? parts.reduce((sum, part) => sum + part.points * part.fraction, 0) / total : 0;
      break;
    }
    default:
      fraction = 0;
  }
  fraction = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const correct = fraction === 1;
  if (question.type !== 'single-choice' && question.type !== 'multiple-choice' && question.type !== 'true-false') {
    const verdict = feedbackText(correct ? 'correct' : 'incorrect', text, fallbackText);
    feedback = verdict ? [verdict] : [];
  }
  const explanation = text?.explanation || fallbackText?.explanation || undefined;
  return {
    questionId: question.id,
    fraction,
    points,
    correct,
    feedback,
    ...(explanation ? { explanation } : {}),
    correctResponse: correctResponseOf(question, text, fallbackText),
    ...(parts ? { parts } : {}),
  };
}
