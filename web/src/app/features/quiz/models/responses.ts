import { initialResponse, isAnswered, walkView, type LearnerQuestion, type QuestionResponse } from '@vt/courses';

export type Responses = Record<string, QuestionResponse>;

/**
 * Starting answers: an ordering question starts in the order shown (leaving it as it is is an
 * answer), a scenario holds its parts' answers; every other question starts unanswered. Each
 * type's rule is the model's (`initialResponse`, `isAnswered`: @vt/courses question types).
 */
export function initialResponses(questions: readonly LearnerQuestion[]): Responses {
  const responses: Responses = {};
  for (const q of questions) {
    const initial = initialResponse(q);
    if (initial !== undefined) responses[q.id] = initial;
  }
  return responses;
}

export { isAnswered };

/** Moves item `index` of an ordering answer by `delta` places; out-of-range moves change nothing. */
export function move(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** A response in words, using the question's own labels (for "correct answer" after submit); a new question type is named here by the compiler. */
export function describeResponse(q: LearnerQuestion, response: QuestionResponse, words: { true: string; false: string }): string {
  const label = (list: { id: string; text: string }[] | undefined, id: string) => list?.find((x) => x.id === id)?.text ?? id;
  const ids = Array.isArray(response) ? response.map(String) : [];
  const record = typeof response === 'object' && !Array.isArray(response) ? response : {};
  switch (q.type) {
    case 'true-false':
      return response === true ? words.true : response === false ? words.false : '';
    case 'short-text':
      return typeof response === 'string' ? response : '';
    case 'single-choice':
      return typeof response === 'string' ? label(q.options, response) : '';
    case 'multiple-choice':
      return ids.map((id) => label(q.options, id)).join(', ');
    case 'ordering':
      return ids.map((id) => label(q.items, id)).join(' → ');
    case 'matching':
      return Object.entries(record)
        .map(([prompt, target]) => `${label(q.prompts, prompt)} = ${label(q.targets, String(target))}`)
        .join('; ');
    case 'scenario':
      return (q.parts ?? [])
        .filter((part) => record[part.id] !== undefined)
        .map((part) => describeResponse(part, record[part.id] as QuestionResponse, words))
        .join(' | ');
    case 'decision':
      return walkView(q, response)
        .path.map(({ choice }) => choice.text)
        .join(' → ');
    default: {
      const unhandled: never = q.type;
      return unhandled;
    }
  }
}
