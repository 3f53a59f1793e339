/** The course model's public entry: pure code, safe in Node, the browser and a SCORM package. */
export * from './model/types.js';
export { CurriculumError, formatProblem, type Problem } from './validation/problem.js';
export { validateCourse } from './validation/validate-course.js';
