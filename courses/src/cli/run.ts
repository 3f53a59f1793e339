import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, isError } from '../index.js';
import { jsonSchemas, schemaFileText } from '../schema/json-schemas.js';
import { inspectCurriculum } from '../node/index.js';
import { inspectEditorial } from '../node/editorial.js';
import { translationsTable } from './translations-table.js';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * `validate <dir> [--review <REVIEW.md>]`: one line per problem (warnings too), the editorial
 * checks (src/editorial) included, and with `--review` every course's review record; exit code 1 on any error.
 * `translations <dir>`: the course × language completeness table.
 * `schemas <dir>`: writes the editors' JSON Schemas, generated from the model's schemas.
 */
export function runCli(args: string[], out: Output): number {
  const [command, dir = 'courses/content', ...options] = args;
  if (command === 'schemas') {
    for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(join(dir, `${name}.schema.json`), schemaFileText(schema));
    out.log(`schemas written to ${dir}`);
    return 0;
  }
  if (command !== 'validate' && command !== 'translations') {
    out.error('usage: main.js validate|translations <content-dir> | schemas <schema-dir>');
    return 2;
  }
  const reviewAt = options.indexOf('--review');
  const reviewIndex = reviewAt >= 0 ? options[reviewAt + 1] : undefined;
  const inspected = inspectCurriculum(dir);
  const { courses } = inspected;
  const problems = command === 'validate' ? [...inspected.problems, ...inspectEditorial(dir, courses, reviewIndex)] : inspected.problems;
  const errors = problems.filter(isError);
  if (command === 'translations') out.log(translationsTable(courses));
  else for (const problem of problems) (isError(problem) ? out.error : out.log)(formatProblem(problem));
  if (errors.length > 0) {
    out.error(`${errors.length} error(s), ${problems.length - errors.length} warning(s) in ${dir}`);
    return 1;
  }
  if (command === 'validate') out.log(`${courses.length} course(s) valid in ${dir} (${problems.length} warning(s))`);
  return 0;
}
