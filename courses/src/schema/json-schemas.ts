import type { TSchema } from '@sinclair/typebox';
import { QUESTION_TYPES } from '../model/constants.js';
import { CourseSettingsSchema } from './course.js';
import { PART_TYPES, questionSchemaOf, QuestionBankFileSchema } from './questions.js';
import { CourseTextFileSchema, QuizTextFileSchema } from './text.js';

/**
 * The JSON Schema files in courses/schema/ (for authors' editors), generated from the TypeBox
 * schemas: `nx run courses:schemas` writes them, and a test fails when they are stale.
 */

type Json = { [key: string]: unknown };

/** Plain JSON (TypeBox's symbol keys dropped), without our own `errorMessage` keyword. */
function plain(schema: TSchema): Json {
  return JSON.parse(JSON.stringify(schema, (key, value: unknown) => (key === 'errorMessage' ? undefined : value))) as Json;
}

/** A question type's schema as written in quiz.yaml: `points` may be left out (default 1). */
function asWritten(schema: TSchema, parts?: Json): Json {
  const json = plain(schema);
  json['required'] = (json['required'] as string[]).filter((key) => key !== 'points');
  if (parts) (json['properties'] as Json)['parts'] = { ...((json['properties'] as Json)['parts'] as Json), items: parts };
  return json;
}

function byType<T extends string>(types: readonly T[], schemaOf: (type: T) => Json): Json {
  return {
    type: 'object',
    required: ['id', 'type'],
    properties: { type: { enum: types, description: 'Question type (docs/course-format.md).' } },
    allOf: types.map((type) => ({ if: { properties: { type: { const: type } } }, then: schemaOf(type) })),
  };
}

function file(name: string, title: string, description: string, body: Json): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://vt-academy.example/schema/${name}.schema.json`,
    title,
    description,
    ...body,
  };
}

export const SCHEMA_NAMES = ['course', 'quiz', 'course-text', 'quiz-text'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export function jsonSchemas(): Record<SchemaName, Json> {
  const bank = plain(QuestionBankFileSchema);
  ((bank['properties'] as Json)['questions'] as Json)['items'] = { $ref: '#/$defs/question' };
  return {
    course: file(
      'course',
      'VT Academy course settings (course.yaml)',
      'Settings only: ids, order, completion and quiz rules. Learner-facing text lives in the language folders (docs/course-format.md).',
      plain(CourseSettingsSchema),
    ),
    quiz: file(
      'quiz',
      'VT Academy question bank (quiz.yaml)',
      "Question ids, types, topics, points and answer keys. Wording lives in each language's quiz.yaml.",
      {
        ...bank,
        $defs: {
          question: byType(QUESTION_TYPES, (type) => asWritten(questionSchemaOf(type), type === 'scenario' ? { $ref: '#/$defs/part' } : undefined)),
          part: byType(PART_TYPES, (type) => asWritten(questionSchemaOf(type))),
        },
      },
    ),
    'course-text': file(
      'course-text',
      'VT Academy course text (<lang>/course.yaml)',
      "Learner-facing text of one course in one language. Keys are the ids from the course's settings; a missing key falls back to English.",
      plain(CourseTextFileSchema),
    ),
    'quiz-text': file(
      'quiz-text',
      'VT Academy question text (<lang>/quiz.yaml)',
      "Question wording, option text, per-option feedback and explanations in one language, keyed by the ids in the course's quiz.yaml.",
      plain(QuizTextFileSchema),
    ),
  };
}

/** A schema file's text, as committed. */
export function schemaFileText(schema: Json): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
