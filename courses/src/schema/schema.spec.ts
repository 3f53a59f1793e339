import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parse } from 'yaml';
import { sampleCourse } from '../../test/builders.js';
import { courseFiles } from '../../test/fixtures/course-files.js';
import { MALFORMED_COURSES } from '../testing/index.js';
import { validateCourse } from '../validation/validate-course.js';
import { jsonSchemas, schemaFileText, SCHEMA_NAMES } from './json-schemas.js';

/** The sample course with one file's data bent by `edit`. */
function bent(file: 'course.yaml' | 'quiz.yaml', edit: (data: Record<string, unknown>) => void): unknown {
  const course = structuredClone(sampleCourse());
  if (file === 'course.yaml') edit(course.settings as unknown as Record<string, unknown>);
  else {
    const bank = { questions: course.questions } as unknown as Record<string, unknown>;
    edit(bank);
    course.questions = bank['questions'] as typeof course.questions;
  }
  return course;
}

describe('validateCourse on malformed courses', () => {
  it('passes the valid sample course', () => {
    expect(validateCourse(sampleCourse()).filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it.each(MALFORMED_COURSES.map((fixture) => [fixture.name, fixture] as const))('rejects %s in the shared words', (_name, fixture) => {
    const problems = validateCourse(bent(fixture.file, fixture.edit));
    expect(problems).toContainEqual(expect.objectContaining({ file: fixture.file, message: fixture.message }));
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateCourse(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any one key of a valid course holds any JSON', () => {
    const course = sampleCourse();
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        paths.push([...path, key]);
        walk(child, [...path, key]);
      }
    };
    walk(course, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const copy = structuredClone(course) as unknown as Record<string, unknown>;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        parent[path.at(-1)!] = replacement;
        expect(Array.isArray(validateCourse(copy))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the editors’ JSON Schemas (courses/schema/)', () => {
  it.each(SCHEMA_NAMES)('%s.schema.json is what the model generates (run `npx nx run courses:schemas` after changing a schema)', (name) => {
    const committed = readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8');
    expect(committed).toBe(schemaFileText(jsonSchemas()[name]));
  });

  it('accepts the sample course files and rejects a pass mark of 140, as an editor would', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const schemas = jsonSchemas();
    const files = courseFiles();
    const check = (name: keyof typeof schemas, file: string) => ajv.validate(schemas[name], parse(files[file]));
    expect([check('course', 'course.yaml'), check('quiz', 'quiz.yaml'), check('course-text', 'en/course.yaml'), check('quiz-text', 'en/quiz.yaml')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    files['course.yaml'] = files['course.yaml'].replace('passMark: 70', 'passMark: 140');
    expect(check('course', 'course.yaml')).toBe(false);
  });
});
