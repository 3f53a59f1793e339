#!/usr/bin/env node
/** `validate <dir>` checks the curriculum; exits 1 and prints one line per problem when it fails. */
import { CurriculumError, formatProblem } from '../index.js';
import { loadCurriculum } from '../node/index.js';

const [command, dir = 'courses/content'] = process.argv.slice(2);
if (command !== 'validate' && command !== 'translations') {
  console.error('usage: main.js validate|translations <content-dir>');
  process.exit(2);
}
try {
  const { courses } = loadCurriculum(dir);
  console.log(`${courses.length} course(s) valid in ${dir}`);
} catch (error) {
  if (!(error instanceof CurriculumError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`${error.problems.length} problem(s)`);
  process.exit(1);
}
