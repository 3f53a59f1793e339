import { completeLanguages, validateCourse, type Course, type Language, type Problem } from '@vt/courses';

/**
 * A loaded course is not changed afterwards, so one validation serves all its packages (up to eight:
 * four languages × two formats); validating is most of a package's build time otherwise.
 */
const validated = new WeakMap<Course, Problem[]>();
function courseErrors(course: Course): Problem[] {
  let errors = validated.get(course);
  if (!errors) {
    // Warnings (a long lesson, say) are the author's business; only errors stop a package.
    errors = validateCourse(course).filter((problem) => problem.severity !== 'warning');
    validated.set(course, errors);
  }
  return [...errors];
}

/**
 * Whether a course can become a package in `lang`: the model's own validation (ids, keys,
 * references) and a complete translation, since a partner's learners must not meet English
 * fallbacks in a package labelled with their language.
 */
export function packageProblems(course: Course, lang: Language): Problem[] {
  const problems = courseErrors(course);
  if (problems.length > 0) return problems;
  if (!completeLanguages(course).includes(lang)) {
    const where = course.sourceDir ?? course.settings.id;
    problems.push({ file: `${where}/${lang}`, message: `the ${lang} text is missing or incomplete, so there is no ${lang} package of ${course.settings.id}` });
  }
  return problems;
}

/** Thrown by `buildPackage` for a course it cannot package; carries the problems for the CLI to print. */
export class PackageError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file ? `${p.file} ` : ''}${p.message}`).join('\n'));
    this.name = 'PackageError';
  }
}
