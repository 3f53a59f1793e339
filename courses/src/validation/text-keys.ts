import type { Course, PartQuestion, Question } from '../model/types.js';
import { definitionOf } from '../question-types/registry.js';

/** One piece of text a complete language must have: its key, file and path in that file. */
export interface TextKey {
  key: string;
  file: 'course.yaml' | 'quiz.yaml' | `lessons/${string}.md`;
  path: string[];
  /** What is missing, for the message: `option "b" of question q-a2-07 has no text`. */
  describe: string;
}

function questionKeys(question: Question | PartQuestion, path: string[], owner: string, top: boolean): TextKey[] {
  const keys: TextKey[] = [];
  /** `of` names the piece (`option "b" of `), `noun` what it lacks. */
  const add = (sub: string[], of: string, noun: string) =>
    keys.push({ key: [...path, ...sub].join('.'), file: 'quiz.yaml', path: [...path, ...sub], describe: `${of}${owner} has no ${noun}` });
  add(['text'], '', 'text');
  if (top) add(['explanation'], '', 'explanation');
  // What else the type needs is its own business (src/question-types/).
  definitionOf(question)?.textKeys(question, add, (part) =>
    keys.push(...questionKeys(part, [...path, 'parts', part.id], `part ${part.id} of ${owner}`, false)),
  );
  return keys;
}

/** Every text key a complete language needs, derived from the settings (not from English). */
export function requiredTextKeys(course: Course): TextKey[] {
  const { settings } = course;
  const keys: TextKey[] = [
    { key: 'title', file: 'course.yaml', path: ['title'], describe: 'the course has no title' },
    { key: 'summary', file: 'course.yaml', path: ['summary'], describe: 'the course has no summary' },
    { key: 'objectives', file: 'course.yaml', path: ['objectives'], describe: 'the course has no objectives' },
  ];
  for (const lesson of settings.lessons ?? []) {
    keys.push(
      { key: `lessons.${lesson}.title`, file: 'course.yaml', path: ['lessons', lesson, 'title'], describe: `lesson ${lesson} has no title` },
      { key: `lessons.${lesson}.objectives`, file: 'course.yaml', path: ['lessons', lesson, 'objectives'], describe: `lesson ${lesson} has no objectives` },
      { key: `lessons/${lesson}.md`, file: `lessons/${lesson}.md`, path: ['lessons', lesson, 'markdown'], describe: `lesson ${lesson} has no text` },
    );
  }
  for (const term of settings.glossary ?? []) {
    keys.push(
      { key: `glossary.${term}.term`, file: 'course.yaml', path: ['glossary', term, 'term'], describe: `glossary entry ${term} has no term` },
      { key: `glossary.${term}.definition`, file: 'course.yaml', path: ['glossary', term, 'definition'], describe: `glossary entry ${term} has no definition` },
    );
  }
  for (const question of course.questions) {
    if (question?.id) keys.push(...questionKeys(question, ['questions', question.id], `question ${question.id}`, true));
  }
  return keys;
}

/** The value at `path`, reading own keys only. */
export function valueAt(root: unknown, path: string[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');
  return false;
}
