import type { Course } from '../model/types.js';
import { DEFAULT_LANGUAGE } from '../model/types.js';
import type { Problem } from './problem.js';

const ID = /^[a-z][a-z0-9-]*$/;

/** Checks ids, references and the default language's completeness. */
export function validateCourse(course: Course): Problem[] {
  const problems: Problem[] = [];
  const where = course.sourceDir ?? course.settings.id;
  const { settings } = course;
  if (!settings.id || !ID.test(settings.id)) problems.push({ file: `${where}/course.yaml`, message: `course id "${settings.id}" is missing or not of the form ${ID}` });
  if (!(settings.quiz?.passMark >= 1 && settings.quiz?.passMark <= 100)) {
    problems.push({ file: `${where}/course.yaml`, message: `quiz pass mark ${settings.quiz?.passMark} must be between 1 and 100` });
  }
  const english = course.texts[DEFAULT_LANGUAGE];
  if (!english) {
    problems.push({ file: `${where}/${DEFAULT_LANGUAGE}`, message: 'the English text is missing' });
    return problems;
  }
  for (const lessonId of settings.lessons ?? []) {
    if (!english.lessons[lessonId]?.markdown) problems.push({ file: `${where}/en/lessons/${lessonId}.md`, message: `lesson ${lessonId} has no English text` });
  }
  const seen = new Set<string>();
  for (const question of course.questions) {
    if (!ID.test(question.id ?? '')) problems.push({ file: `${where}/quiz.yaml`, message: `question id "${question.id}" is missing or malformed` });
    if (seen.has(question.id)) problems.push({ file: `${where}/quiz.yaml`, message: `question id ${question.id} is used twice` });
    seen.add(question.id);
    if (!english.questions[question.id]?.text) problems.push({ file: `${where}/en/quiz.yaml`, message: `question ${question.id} has no text` });
  }
  return problems;
}
