import type { Course, Language } from '../model/types.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../model/types.js';
import { courseShapeProblems } from '../schema/course-shape.js';
import type { Problem } from './problem.js';
import { validateLesson } from './validate-lesson.js';
import { practiceProblems } from './validate-practice.js';
import { validateSettings } from './validate-settings.js';
import { validateText } from './validate-text.js';

/**
 * Everything checkable on one course in memory. First its shape against the schemas (any value:
 * this never throws; a course of the wrong shape gets only its shape problems), then settings and answer keys, each present language's
 * text (complete, no orphans), each lesson's Markdown. A declared language with no text at all is
 * a warning (learners get English with a notice); text for an undeclared language is an error.
 * Files are named relative to the course folder; the loader adds the folder and line numbers.
 */
export function validateCourse(value: Course | unknown): Problem[] {
  const shape = courseShapeProblems(value);
  if (shape.length > 0) return shape;
  const course = value as Course;
  const problems = validateSettings(course);
  if (!course.texts[DEFAULT_LANGUAGE]) problems.push({ file: `${DEFAULT_LANGUAGE}/`, message: 'the English text is missing' });
  const untranslated: Language[] = [];
  for (const lang of LANGUAGES) {
    const text = course.texts[lang];
    const declared = lang === DEFAULT_LANGUAGE || course.settings.languages?.includes(lang);
    if (!text) {
      if (declared && lang !== DEFAULT_LANGUAGE) untranslated.push(lang);
      continue;
    }
    if (!declared) problems.push({ file: `${lang}/`, message: `${lang} text exists but ${lang} is not in the course's languages` });
    problems.push(...validateText(course, lang as Language, text));
    for (const [lessonId, lesson] of Object.entries(text.lessons ?? {})) {
      if (lesson?.markdown) problems.push(...validateLesson(lesson.markdown, `${lang}/lessons/${lessonId}.md`));
    }
  }
  problems.push(...practiceProblems(course));
  if (untranslated.length > 0) {
    problems.push({
      file: 'course.yaml',
      path: ['languages'],
      severity: 'warning',
      message: `no text yet in ${untranslated.join(', ')}: learners get English with a notice`,
    });
  }
  return problems;
}
