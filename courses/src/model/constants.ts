/**
 * One list per concept: the languages, topics, levels, programmes and question types the platform
 * knows, and the id pattern. The schemas (`../schema/`), the validator, the API and the web app all
 * read these; adding a language or a topic starts here (then the dictionaries, then whatever the
 * compiler or a test names).
 */

export const LANGUAGES = ['en', 'fr', 'ar', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A stored or requested language code as one we serve; anything else means English. */
export function asLanguage(value: string | undefined | null): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** Catalogue topics, in catalogue order. */
export const TOPICS = [
  'foundations',
  'public-spaces',
  'religious-sites',
  'tourism',
  'drones',
  'response',
  'reconnaissance',
  'behaviour-detection',
  'nudging',
] as const;
export type Topic = (typeof TOPICS)[number];

export const LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** The programmes: A (soft-target protection) and B (behavioural insights). */
export const PROGRAMMES = ['A', 'B'] as const;

export const QUESTION_TYPES = ['single-choice', 'multiple-choice', 'true-false', 'matching', 'ordering', 'short-text', 'scenario', 'decision'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Every id (course, lesson, quiz, question, option…): also a valid SCORM `xsd:ID`. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
