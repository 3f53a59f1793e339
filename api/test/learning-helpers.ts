import { toTokens, type Course, type DecisionQuestion, type Question, type QuestionResponse, type QuestionText } from '@vt/courses';
import { tokensByLabel, type ShownAttempt } from './attempt-answers.js';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';
import { CatalogueService } from '../src/catalogue/catalogue.service.js';
import type { TestApp } from './test-app.js';

/** The repository's curriculum; TEST_COURSES_DIR points the suites at another copy (a snapshot while the content is being edited). */
export const CURRICULUM = { COURSES_DIR: process.env.TEST_COURSES_DIR ?? join(REPO_ROOT, 'courses/content') };

/** The right answer to a question, read from the course's answer keys (test data, not a scoring rule). */
export function rightAnswer(question: Question, text: QuestionText | undefined): QuestionResponse {
  switch (question.type) {
    case 'short-text':
      return text?.accepted?.[0] ?? '';
    case 'scenario':
      return Object.fromEntries(question.parts.map((part) => [part.id, rightAnswer(part, text?.parts?.[part.id]) as string]));
    case 'decision':
      return fullPointsPath(question) ?? {};
    default:
      return question.correct;
  }
}

export function courseOf(t: TestApp, id: string): Course {
  return t.app.get(CatalogueService).getCourse(id).course;
}

/** Responses answering every question of `attempt` right, in its tokens (found by label: an attempt shows no course-file ids, decision 0018). */
export function rightResponses(course: Course, attempt: ShownAttempt): Record<string, QuestionResponse> {
  const tokenOf = tokensByLabel(course, attempt);
  return Object.fromEntries(
    attempt.questions.map(({ id }) => {
      const question = course.questions.find((q) => q.id === id);
      if (!question) throw new Error(`no question ${id}`);
      return [id, toTokens(question, rightAnswer(question, course.texts.en?.questions[id]), tokenOf)];
    }),
  );
}

/** A decision's path (step id → choice id) to an end worth full points, by plain depth-first search over its settings. */
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

/** Takes a learner through a course: every lesson completed, the quiz passed. Returns the enrolment id. */
export async function completeCourse(t: TestApp, auth: Record<string, string>, courseId: string): Promise<string> {
  const course = courseOf(t, courseId);
  const enrolment = (await t.request('POST', '/api/enrolments', { headers: auth, body: { courseId } })).body as { id: string };
  for (const [i, lessonId] of course.settings.lessons.entries()) {
    await t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: auth, body: { seq: i + 1, lessonId, event: 'completed' } });
  }
  const attempt = (await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: auth })).body as ShownAttempt & { id: string };
  await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: auth, body: { responses: rightResponses(course, attempt) } });
  return enrolment.id;
}
