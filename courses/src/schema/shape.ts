import type { TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';

/**
 * Shape checks with TypeBox's interpreter (`Value.Errors`): no code generation, so it runs under a
 * `script-src 'self'` CSP (the web app, the SCO player). Messages name the key path as an author
 * reads it (`quiz.passMark 140 must be <= 100`); the loader and the API print them unchanged.
 */

export type Path = (string | number)[];

export interface ShapeError {
  path: Path;
  message: string;
}

/** `quiz.passMark`, `questions[3].options[0]`; the whole file when the path is empty. */
export function describePath(path: Path): string {
  if (path.length === 0) return 'the file';
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

function parsePath(pointer: string): Path {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

type Schema = TSchema & {
  errorMessage?: string;
  anyOf?: { const?: unknown }[];
  const?: unknown;
  contains?: { const?: unknown };
  [keyword: string]: unknown;
};

function problemWith(error: ValueError): string {
  const schema = error.schema as Schema;
  if (schema.errorMessage) return schema.errorMessage;
  switch (error.type) {
    case ValueErrorType.Union:
      return schema.anyOf?.every((member) => 'const' in member)
        ? `must be one of: ${schema.anyOf.map((member) => String(member.const)).join(', ')}`
        : 'is invalid';
    case ValueErrorType.Literal:
      return `must be ${JSON.stringify(schema.const)}`;
    case ValueErrorType.String:
      return 'must be string';
    case ValueErrorType.Number:
      return 'must be number';
    case ValueErrorType.Integer:
      return 'must be integer';
    case ValueErrorType.Boolean:
      return 'must be boolean';
    case ValueErrorType.Array:
      return 'must be array';
    case ValueErrorType.Object:
      return 'must be object';
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return `must be >= ${String(schema['minimum'])}`;
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return `must be <= ${String(schema['maximum'])}`;
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerExclusiveMinimum:
      return `must be > ${String(schema['exclusiveMinimum'])}`;
    case ValueErrorType.StringPattern:
      return `must match pattern "${String(schema['pattern'])}"`;
    case ValueErrorType.ArrayMinItems:
      return `must NOT have fewer than ${String(schema['minItems'])} items`;
    case ValueErrorType.ArrayUniqueItems:
      return 'must NOT have duplicate items';
    case ValueErrorType.ArrayContains:
      return `must contain ${JSON.stringify(schema.contains?.const)}`;
    case ValueErrorType.ObjectMinProperties:
      return `must NOT have fewer than ${String(schema['minProperties'])} properties`;
    default:
      return error.message;
  }
}

const shown = (value: unknown) => (value === undefined || value === null || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`);

/**
 * Every way `value` differs from `schema`, as messages; `base` is where `value` sits in its file.
 * Never throws. `skip` leaves out errors under paths another check describes better.
 */
export function shapeErrors(schema: TSchema, value: unknown, base: Path = [], skip: (path: Path) => boolean = () => false): ShapeError[] {
  const errors = [...Value.Errors(schema, value)];
  const missing = new Set(errors.filter((error) => error.type === ValueErrorType.ObjectRequiredProperty).map((error) => error.path));
  const seen = new Set<string>();
  const result: ShapeError[] = [];
  for (const error of errors) {
    const relative = parsePath(error.path);
    if (skip(relative)) continue;
    // A missing key is also "not a string": say only that it is missing.
    if (error.type !== ValueErrorType.ObjectRequiredProperty && missing.has(error.path)) continue;
    const path = [...base, ...relative];
    let message: string;
    if (error.type === ValueErrorType.ObjectRequiredProperty) message = `${describePath(path.slice(0, -1))} is missing "${String(path.at(-1))}"`;
    else if (error.type === ValueErrorType.ObjectAdditionalProperties) message = `${describePath(path)} is not a known key`;
    else message = `${describePath(path)}${shown(error.value)} ${problemWith(error)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    result.push({ path, message });
  }
  return result;
}
