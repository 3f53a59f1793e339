import type { Course, Language } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { textPieces, type TextPiece } from './course-texts.js';
import { findLegalMarkers, LEGAL_MARKERS } from './legal-marker.js';
import { lineAt } from './words.js';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', ar: 'Arabic', ru: 'Russian' };

function where(piece: TextPiece, offset: number): Pick<Problem, 'file' | 'line' | 'path'> {
  return piece.lesson ? { file: piece.file, line: lineAt(piece.text, offset) } : { file: piece.file, path: piece.path };
}

/**
 * Every legal statement marker names its jurisdiction and the month it was checked, in the words of
 * the text's language; and a translated lesson marks as many statements, with the same dates, as
 * the English one (a translation that dropped a marker has dropped the date with it).
 */
export function legalStatementProblems(course: Course): Problem[] {
  const problems: Problem[] = [];
  const datesByLesson = new Map<string, string[]>();
  for (const lang of LANGUAGES) {
    for (const piece of textPieces(course, lang)) {
      const markers = findLegalMarkers(piece.text);
      for (const marker of markers) {
        const shown = piece.text.slice(marker.start, marker.end).trim().replace(/\s+/g, ' ');
        const quoted = JSON.stringify(shown.length > 40 ? `${shown.slice(0, 39)}…` : shown);
        const template = LEGAL_MARKERS[lang].template;
        if (marker.lang !== lang) {
          problems.push({
            ...where(piece, marker.start),
            message: `legal statement ${quoted} is marked in ${LANGUAGE_NAMES[marker.lang]}: in ${LANGUAGE_NAMES[lang]} write ${template}`,
          });
        } else if (marker.problem) {
          problems.push({ ...where(piece, marker.start), message: `legal statement ${quoted} ${marker.problem}: write ${template}` });
        }
      }
      if (piece.lesson) datesByLesson.set(`${lang}/${piece.lesson}`, markers.flatMap((marker) => (marker.date ? [marker.date] : [])).sort());
    }
  }
  for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
    for (const piece of textPieces(course, lang).filter((p) => p.lesson)) {
      const english = datesByLesson.get(`en/${piece.lesson}`) ?? [];
      const own = datesByLesson.get(`${lang}/${piece.lesson}`) ?? [];
      if (english.join() !== own.join()) {
        const list = (dates: string[]) => (dates.length ? dates.join(', ') : 'none');
        problems.push({
          file: piece.file,
          message: `marks legal statements dated ${list(own)}; the English lesson marks ${list(english)} (translate each [Law (…)] marker)`,
        });
      }
    }
  }
  return problems;
}
