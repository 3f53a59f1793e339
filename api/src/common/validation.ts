import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Ajv, type ValidateFunction } from 'ajv';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

export interface FieldError {
  field: string;
  message: string;
}

/** Flattens class-validator's tree into one `{ field, message }` per failed rule, with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a DTO class of any shape is a map key here
type DtoClass = Function;

/** DTO classes marked with @CompiledSchema(), and their compiled check once first used. */
const marked = new Set<DtoClass>();
const compiled = new Map<DtoClass, ValidateFunction>();
const ajv = new Ajv({ allErrors: false });

/**
 * Marks a flat DTO of a hot route for the compiled fast path (see FastValidationPipe). The schema
 * is generated from the class's own class-validator decorators (class-validator-jsonschema), so
 * the rules stay written once; only DTOs whose every rule the generator translates exactly (types,
 * min/max, length, pattern, enum) should carry it, and validation.spec.ts checks that the compiled
 * check never accepts a body class-validator would refuse.
 */
export function CompiledSchema(): ClassDecorator {
  return (target) => void marked.add(target);
}

/** The compiled check for a marked DTO: its generated schema, closed to unknown fields. */
export function compiledCheck(dto: DtoClass): ValidateFunction | undefined {
  if (!marked.has(dto)) return undefined;
  let check = compiled.get(dto);
  if (!check) {
    const schema = validationMetadatasToSchemas()[dto.name];
    if (!schema) throw new Error(`no class-validator rules found for ${dto.name}`);
    check = ajv.compile({ ...schema, additionalProperties: false });
    compiled.set(dto, check);
  }
  return check;
}

/**
 * The global pipe: unknown fields are an error (not silently dropped), and every error names its
 * field. For a DTO marked @CompiledSchema() a body the compiled schema accepts is passed on as it
 * is (class-transformer would copy the same fields into an instance; nothing is converted), which
 * on the progress write costs a fraction of class-transformer + class-validator. Any body the
 * schema refuses goes through class-validator as before, so the 400's field errors are exactly
 * the same as without the fast path.
 */
class FastValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const check = metadata.type === 'body' && metadata.metatype ? compiledCheck(metadata.metatype) : undefined;
    if (check?.(value)) return value;
    return super.transform(value, metadata);
  }
}

/** The global pipe's options without the fast path: whitelist, forbid unknown fields, 400 with field errors. */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors: ValidationError[]) =>
    new BadRequestException({ title: 'invalid request', message: 'Some fields are invalid.', errors: flattenValidationErrors(errors) }),
};

export function createValidationPipe(): ValidationPipe {
  return new FastValidationPipe(VALIDATION_OPTIONS);
}
