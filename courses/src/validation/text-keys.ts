import type { Course, PartQuestion, Question } from '../model/types.js';

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
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      for (const option of question.options ?? []) {
        add(['options', option, 'text'], `option "${option}" of `, 'text');
        add(['options', option, 'feedback'], `option "${option}" of `, 'feedback');
      }
      break;
    case 'true-false':
      add(['feedback', 'true'], '', 'feedback for "true"');
      add(['feedback', 'false'], '', 'feedback for "false"');
      break;
    case 'matching':
      for (const id of question.prompts ?? []) add(['prompts', id], `prompt "${id}" of `, 'text');
      for (const id of question.targets ?? []) add(['targets', id], `target "${id}" of `, 'text');
      break;
    case 'ordering':
      for (const id of question.items ?? []) add(['items', id], `item "${id}" of `, 'text');
      break;
    case 'short-text':
      add(['accepted'], '', 'accepted answers');
      break;
    case 'scenario':
      for (const part of question.parts ?? []) {
        keys.push(...questionKeys(part, [...path, 'parts', part.id], `part ${part.id} of ${owner}`, false));
      }
      break;
  }
  if (question.type === 'matching' || question.type === 'ordering' || question.type === 'short-text') {
    add(['feedback', 'correct'], '', 'feedback for a correct answer');
    add(['feedback', 'incorrect'], '', 'feedback for an incorrect answer');
  }
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
