import { BadRequestException } from '@nestjs/common';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-details.filter.js';

/**
 * Rules every request's input obeys before any handler, DTO or database sees it (issue 14), so
 * both databases answer alike: SQLite would store a NUL that PostgreSQL refuses with a 500, and
 * class-transformer recurses once per level of nesting (a 10,000-deep body overflowed the stack).
 */

/** Deeper JSON than this is refused; the deepest legitimate body (a scenario question in a course) is under 10. */
export const MAX_JSON_DEPTH = 64;

/**
 * C0 controls but TAB, LF and CR (which multi-line text such as Markdown needs), DEL, and the C1
 * controls: never meaningful in anything a person types, and NUL breaks PostgreSQL text.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface InputProblem {
  field: string;
  kind: 'depth' | 'control';
}

/**
 * The first problem in a parsed JSON value (keys included), or undefined. Iterative, so that the
 * check itself cannot overflow the stack on the very input it guards against.
 */
export function inspectInput(value: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (CONTROL_CHARACTERS.test(current)) return { field: path, kind: 'control' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { field: path, kind: 'depth' };
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (CONTROL_CHARACTERS.test(key)) return { field: childPath, kind: 'control' };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

function refusal(problem: InputProblem): BadRequestException {
  return problem.kind === 'depth'
    ? new BadRequestException({
        title: 'nested too deep',
        message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
        errors: [{ field: problem.field || 'body', message: `must not be nested more than ${MAX_JSON_DEPTH} levels deep` }],
      })
    : new BadRequestException({
        title: 'invalid request',
        message: 'Some fields are invalid.',
        errors: [{ field: problem.field || 'body', message: 'must not contain control characters' }],
      });
}

/** Checks every request's body, query and path parameters (after parsing, before validation) against the rules above. */
export function registerInputChecks(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const problem = inspectInput(request.body) ?? inspectInput(request.query) ?? inspectInput(request.params);
    if (!problem) return;
    const path = request.url.split('?')[0];
    await reply
      .status(400)
      .type('application/problem+json')
      .send(toProblem(refusal(problem), path));
  });
}

/** Characters that make a name read differently from what it is: bidi embeddings, overrides and isolates, zero-width space, BOM. */
const SPOOFING = /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/;
/** ZWNJ and ZWJ shape Persian, Arabic and Indic words, but only between two letters (or marks). */
const STRAY_JOINER = /(?:^|[^\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?:$|[^\p{L}\p{M}])/u;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/;

/** Why a name (of a person or a cohort, shown on certificates and lists) may not be used, or undefined. */
export function nameProblem(name: string): string | undefined {
  if (CONTROL_CHARACTERS.test(name) || LINE_BREAKS.test(name)) return 'must not contain control characters or line breaks';
  if (SPOOFING.test(name)) return 'must not contain direction overrides, zero-width spaces or byte-order marks';
  if (STRAY_JOINER.test(name)) return 'may contain a zero-width joiner or non-joiner only between letters';
  return undefined;
}

/** class-validator rule for names: see nameProblem. */
export function IsName(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isName',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || nameProblem(value) === undefined,
        defaultMessage: (args) => (typeof args?.value === 'string' ? (nameProblem(args.value) ?? 'is not a valid name') : 'is not a valid name'),
      },
    });
}
