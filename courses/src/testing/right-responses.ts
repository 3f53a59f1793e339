import type { DecisionQuestion, Question, QuestionResponse, QuestionText } from '../model/types.js';

/*
 * The right answer to a question, worked out from its settings (answer keys, the decision graph)
 * without the model's own `correctResponse`, so that tests scoring with the model do not check the
 * model against itself. Shared by the model's, the API's and the packager's tests and the bench.
 */

/** The response that answers `question` fully right (short-text: the first accepted answer). */
export function rightResponse(question: Question, text?: QuestionText): QuestionResponse {
  switch (question.type) {
    case 'short-text':
      return text?.accepted?.[0] ?? '';
    case 'scenario':
      return Object.fromEntries(question.parts.map((part) => [part.id, rightResponse(part, text?.parts?.[part.id])]));
    case 'matching':
      return { ...question.correct };
    case 'multiple-choice':
    case 'ordering':
      return [...question.correct];
    case 'decision':
      return fullPointsPath(question) ?? {};
    default:
      return question.correct;
  }
}

/** A decision's path (step id → choice id) to an end worth full points, by plain depth-first search. */
export function fullPointsPath(
  question: DecisionQuestion,
  from = question.steps[0]?.id,
  taken: Record<string, string> = {},
): Record<string, string> | undefined {
  const end = question.ends.find((each) => each.id === from);
  if (end) return (end.points ?? (end.pass ? 1 : 0)) === 1 ? taken : undefined;
  const step = question.steps.find((each) => each.id === from);
  if (!step || from === undefined || from in taken) return undefined;
  for (const choice of step.choices) {
    const found = fullPointsPath(question, choice.next, { ...taken, [from]: choice.id });
    if (found) return found;
  }
  return undefined;
}
