import type { Course, LearnerQuestion, Question, QuestionResponse, QuestionText } from '../model/types.js';
import { toTokens, type TokenOf } from '../quiz/attempt-tokens.js';

/** An attempt as the API sends it: its language and its questions, whose ids are the attempt's tokens. */
export interface ShownAttempt {
  language: string;
  questions: LearnerQuestion[];
}

type Entries = { id: string; text: string }[] | undefined;

/**
 * The attempt's tokens as a learner who knows the answers finds them: by label. An attempt shows
 * per-attempt tokens, never course-file ids (decision 0018), so test data written in course-file
 * ids is turned into what a learner would pick: the entry whose label is that id's label (in the
 * attempt's language, else English, else the id, as the API labels them). Throws when a label is
 * missing or shown twice, rather than guessing.
 */
export function tokensByLabel(course: Course, attempt: ShownAttempt): TokenOf {
  const tokens = new Map<string, string>();
  const find = (scope: string, id: string, label: string, entries: Entries): void => {
    const found = (entries ?? []).filter((entry) => entry.text === label);
    if (found.length !== 1) throw new Error(`${scope}: ${found.length} entries labelled "${label}" (for ${id})`);
    tokens.set(`${scope}\n${id}`, found[0].id);
  };
  const learn = (view: LearnerQuestion, question: Question, own: QuestionText | undefined, english: QuestionText | undefined, scope: string): void => {
    const label = (labels: (text: QuestionText | undefined) => string | undefined, id: string): string => labels(own) || labels(english) || id;
    if (question.type === 'scenario') {
      for (const part of question.parts) {
        const shown = view.parts?.find((each) => each.id === part.id);
        if (shown) learn(shown, part, own?.parts?.[part.id], english?.parts?.[part.id], `${scope}/${part.id}`);
      }
    }
    if ('options' in question)
      for (const id of question.options)
        find(
          scope,
          id,
          label((text) => text?.options?.[id]?.text, id),
          view.options,
        );
    if ('prompts' in question)
      for (const id of question.prompts)
        find(
          scope,
          id,
          label((text) => text?.prompts?.[id], id),
          view.prompts,
        );
    if ('targets' in question)
      for (const id of question.targets)
        find(
          scope,
          id,
          label((text) => text?.targets?.[id], id),
          view.targets,
        );
    if ('items' in question)
      for (const id of question.items)
        find(
          scope,
          id,
          label((text) => text?.items?.[id], id),
          view.items,
        );
    if (question.type === 'decision') {
      for (const step of question.steps) {
        find(
          scope,
          step.id,
          label((text) => text?.steps?.[step.id]?.prompt, ''),
          view.steps,
        );
        const shown = view.steps?.find((each) => each.id === tokens.get(`${scope}\n${step.id}`));
        for (const choice of step.choices)
          find(
            scope,
            choice.id,
            label((text) => text?.steps?.[step.id]?.choices?.[choice.id]?.text, choice.id),
            shown?.choices,
          );
      }
    }
  };
  const lang = attempt.language as keyof Course['texts'];
  for (const view of attempt.questions) {
    const question = course.questions.find((each) => each.id === view.id);
    if (!question) throw new Error(`no question ${view.id} in ${course.settings.id}`);
    learn(view, question, course.texts[lang]?.questions[view.id], course.texts.en?.questions[view.id], view.id);
  }
  return (scope, id) => {
    const token = tokens.get(`${scope}\n${id}`);
    if (!token) throw new Error(`${scope}: no token for ${id}`);
    return token;
  };
}

/** Responses written in course-file ids, as the learner of `attempt` gives them (in its tokens). */
export function inAttempt(course: Course, attempt: ShownAttempt, responses: Record<string, QuestionResponse>): Record<string, QuestionResponse> {
  const tokenOf = tokensByLabel(course, attempt);
  return Object.fromEntries(
    Object.entries(responses)
      .filter(([, response]) => response !== undefined)
      .map(([id, response]) => {
        const question = course.questions.find((each) => each.id === id);
        return [id, question ? toTokens(question, response, tokenOf) : response];
      }),
  );
}
