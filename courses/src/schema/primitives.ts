import { Type, type TUnsafe } from '@sinclair/typebox';
import { ID_PATTERN } from '../model/constants.js';

/** A closed list of strings (one of the model's constants) as a schema: a union of literals, typed as the list's union. */
export function OneOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>(
    Type.Union(
      values.map((value) => Type.Literal(value)),
      options,
    ),
  );
}

export const Id = Type.String({
  pattern: ID_PATTERN.source,
  description: "Stable id: lower-case letters, digits and '-', starting with a letter. Assigned once, never derived from position.",
});

/** A non-empty list of distinct ids. */
export const Ids = Type.Array(Id, { minItems: 1, uniqueItems: true });
