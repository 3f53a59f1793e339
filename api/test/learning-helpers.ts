import type { Course, Question, QuestionResponse, QuestionText } from '@vt/courses';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';
import { CatalogueService } from '../src/catalogue/catalogue.service.js';
import type { TestApp } from './test-app.js';

export const CURRICULUM = { COURSES_DIR: join(REPO_ROOT, 'courses/content') };

/** The right answer to a question, read from the course's answer keys (test data, not a scoring rule). */
export function rightAnswer(question: Question, text: QuestionText | undefined): QuestionResponse {
  switch (question.type) {
    case 'short-text':
      return text?.accepted?.[0] ?? '';
    case 'scenario':
      return Object.fromEntries(question.parts.map((part) => [part.id, rightAnswer(part, text?.parts?.[part.id]) as string]));
    default:
      return question.correct;
  }
}

export function courseOf(t: TestApp, id: string): Course {
  return t.app.get(CatalogueService).getCourse(id).course;
}

/** Responses answering every drawn question right. */
export function rightResponses(course: Course, questionIds: string[]): Record<string, QuestionResponse> {
  return Object.fromEntries(
    questionIds.map((id) => {
      const question = course.questions.find((q) => q.id === id);
      if (!question) throw new Error(`no question ${id}`);
      return [id, rightAnswer(question, course.texts.en?.questions[id])];
    }),
  );
}
