import type { SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';

const OPTIONS = {
  refPointerPrefix: '#/components/schemas/',
  classValidatorMetadataStorage: getMetadataStorage(),
};

/**
 * JSON Schemas of every class-validator DTO, from the very decorators the validation pipe
 * enforces: one source for what is accepted and what is documented, and no @ApiProperty to
 * keep in step by hand.
 */
export function dtoSchemas(): Record<string, SchemaObject> {
  const schemas = validationMetadatasToSchemas(OPTIONS) as Record<string, SchemaObject>;
  dropDanglingRefs(schemas, new Set(Object.keys(schemas)));
  return schemas;
}

/**
 * A property typed with an interface (`settings: CourseSettings`) has `Object` as its runtime
 * type, and the converter points at a `#/components/schemas/Object` that does not exist; such a
 * property is described by its own keywords (`type: object`) instead.
 */
function dropDanglingRefs(node: unknown, known: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const ref = record['$ref'];
  if (typeof ref === 'string' && ref.startsWith(OPTIONS.refPointerPrefix) && !known.has(ref.slice(OPTIONS.refPointerPrefix.length))) delete record['$ref'];
  for (const value of Object.values(record)) dropDanglingRefs(value, known);
}

export function dtoSchema(dto: new (...args: never[]) => unknown): SchemaObject {
  return targetConstructorToSchema(dto, OPTIONS) as SchemaObject;
}
