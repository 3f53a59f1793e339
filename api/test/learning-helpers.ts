import { toTokens, type Course, type QuestionResponse } from '@vt/courses';
import { rightResponse } from '@vt/courses/testing';
import { tokensByLabel, type ShownAttempt } from './attempt-answers.js';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';
import { CatalogueService } from '../src/catalogue/catalogue.service.js';
import type { TestApp } from './test-app.js';

/** The repository's curriculum; TEST_COURSES_DIR points the suites at another copy (a snapshot while the content is being edited). */
export const CURRICULUM = { COURSES_DIR: process.env.TEST_COURSES_DIR ?? join(REPO_ROOT, 'courses/content') };

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
      return [id, toTokens(question, rightResponse(question, course.texts.en?.questions[id]), tokenOf)];
    }),
  );
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
