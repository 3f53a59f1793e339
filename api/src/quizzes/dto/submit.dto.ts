import { IsObject, registerDecorator, type ValidationOptions } from 'class-validator';
import type { QuestionResponse } from '@vt/courses';

const MAX_TEXT = 2000;
const MAX_LIST = 100;

/** The shapes a QuestionResponse may take (docs/api.md); anything else is refused before scoring. */
export function isQuestionResponse(value: unknown, depth = 0): value is QuestionResponse {
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.length <= MAX_TEXT;
  if (Array.isArray(value)) return value.length <= MAX_LIST && value.every((item) => typeof item === 'string' && item.length <= 200);
  if (value && typeof value === 'object' && depth === 0) {
    const entries = Object.entries(value);
    return entries.length <= MAX_LIST && entries.every(([key, item]) => key.length <= 100 && isQuestionResponse(item, depth + 1));
  }
  return false;
}

function IsResponseMap(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isResponseMap',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must map question ids to responses (text, true/false, a list of ids, or an id → answer map)', ...options },
      validator: {
        validate: (value: unknown) =>
          !!value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.keys(value).length <= MAX_LIST &&
          Object.values(value).every((v) => isQuestionResponse(v)),
      },
    });
}

export class SubmitDto {
  @IsObject()
  @IsResponseMap()
  responses: Record<string, QuestionResponse>;
}
