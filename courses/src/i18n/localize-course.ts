import type { Course, CourseText, Language } from '../model/types.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../model/types.js';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPresent(value: Json): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/** Lesson bodies are files, so their key is the file name (`lessons/a1-l2.md`). */
function keyOf(path: string[]): string {
  if (path.length === 3 && path[0] === 'lessons' && path[2] === 'markdown') return `lessons/${path[1]}.md`;
  return path.join('.');
}

/**
 * Walks the English text; every leaf (string or list) the translation lacks is taken from English
 * and its key recorded. Keys only the translation has are dropped: the validator reports them.
 */
function merge(english: Json, translated: Json, path: string[], missing: string[]): Json {
  if (isObject(english)) {
    const other = isObject(translated) ? translated : {};
    return Object.fromEntries(
      Object.entries(english).map(([key, value]) => [key, merge(value, Object.hasOwn(other, key) ? other[key] : undefined, [...path, key], missing)]),
    );
  }
  if (isPresent(english) && !isPresent(translated)) {
    missing.push(keyOf(path));
    return english;
  }
  return isPresent(translated) ? translated : english;
}

export interface LocalizedCourse {
  text: CourseText;
  language: Language;
  /** True when at least one key came from English. */
  fallback: boolean;
  missing: string[];
}

/** The course's text in `lang`, each missing key falling back to English. */
export function localizeCourse(course: Course, lang: Language): LocalizedCourse {
  const english = course.texts[DEFAULT_LANGUAGE];
  const translated = course.texts[lang];
  if (!english) {
    throw new Error(`course ${course.settings.id} has no English text`);
  }
  if (lang === DEFAULT_LANGUAGE) return { text: english, language: lang, fallback: false, missing: [] };
  const missing: string[] = [];
  const text = merge(english as unknown as Json, translated as unknown as Json, [], missing) as unknown as CourseText;
  return { text, language: lang, fallback: missing.length > 0, missing };
}

/** The keys of `lang` that fall back to English (empty when the translation is complete). */
export function missingTranslations(course: Course, lang: Language): string[] {
  return localizeCourse(course, lang).missing;
}

/** Languages the course declares and has complete text for, English first. */
export function completeLanguages(course: Course): Language[] {
  return LANGUAGES.filter(
    (lang) =>
      (lang === DEFAULT_LANGUAGE || course.settings.languages.includes(lang)) &&
      course.texts[lang] !== undefined &&
      missingTranslations(course, lang).length === 0,
  );
}
