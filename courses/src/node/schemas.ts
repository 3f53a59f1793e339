import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Problem } from '../validation/problem.js';

export type SchemaName = 'course' | 'quiz' | 'course-text' | 'quiz-text';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new Map<SchemaName, ValidateFunction>();

/** The schemas are the JSON files authors' editors use; read once from courses/schema/. */
function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')) as object;
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: (string | number)[] = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path;
}

function describe(error: ErrorObject, data: unknown): string {
  const path = pathOf(error);
  const where =
    path.length > 0
      ? path
          .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
          .join('')
          .slice(1)
      : 'the file';
  let value: unknown = data;
  for (const segment of error.instancePath.split('/').slice(1)) value = (value as Record<string, unknown> | undefined)?.[segment];
  const shown = value === undefined || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where} is not a known key`;
    case 'enum':
      return `${where}${shown} must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'required':
      return `${where} is missing "${String(error.params.missingProperty)}"`;
    default:
      return `${where}${shown} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Checks `data` against a schema; returns one problem per distinct error. Branch bookkeeping
 * (`if`, `anyOf` summaries) is left out: the concrete errors under it say what is wrong.
 */
export function checkSchema(name: SchemaName, data: unknown, file: string, lineOf: (path: (string | number)[]) => number | undefined): Problem[] {
  const validate = validator(name);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const message = describe(error, data);
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ file, line: lineOf(pathOf(error)), message });
  }
  return problems;
}
