import { Type, type TProperties } from '@sinclair/typebox';
import { Id } from './primitives.js';

/** The keys every question has, then the keys of its type. `points` is filled in (default 1) by the loader. */
export function questionSchema<T extends string, P extends TProperties>(type: T, properties: P) {
  return Type.Object(
    {
      id: Type.String({ ...Id, description: 'Stable id, also the API question id and the SCORM interaction id.' }),
      type: Type.Literal(type),
      topic: Type.Optional(Type.String({ description: 'Free label used by drawByTopic.' })),
      points: Type.Number({ exclusiveMinimum: 0, description: 'Weight in the attempt score; default 1.' }),
      ...properties,
    },
    { additionalProperties: false },
  );
}
