import type { Course } from '../model/types.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../model/types.js';
import { missingTranslations } from '../i18n/localize-course.js';

/** What one cell of the course × language table says. */
export function translationStatus(course: Course, lang: (typeof LANGUAGES)[number], shown = 2): string {
  if (lang !== DEFAULT_LANGUAGE && !course.settings.languages.includes(lang)) return 'not offered';
  if (!course.texts[lang]) return `no text (${missingTranslations(course, lang).length} keys from English)`;
  const missing = missingTranslations(course, lang);
  if (missing.length === 0) return 'complete';
  const more = missing.length > shown ? ', …' : '';
  return `${missing.length} missing: ${missing.slice(0, shown).join(', ')}${more}`;
}

/** A plain-text table, one row per course, one column per language. */
export function translationsTable(courses: Course[]): string {
  const rows = [['course', ...LANGUAGES], ...courses.map((course) => [course.settings.id, ...LANGUAGES.map((lang) => translationStatus(course, lang))])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join(' | ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}
