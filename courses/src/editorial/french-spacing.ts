import type { Course } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { textPieces, type TextPiece } from './course-texts.js';
import { lineAt } from './words.js';

/** U+00A0 (no-break space) or U+202F (narrow no-break space). */
const NO_BREAK = /[\u00a0\u202f]/;

/**
 * Spans French typography does not apply to, blanked out (same length, so offsets still hold):
 * code (fenced and inline), URLs and link targets, and Markdown table rules (`|:---|`).
 */
const EXEMPT = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm,
  /(`+)[^`]*?\1/g,
  /<[a-z]+:[^>\s]*>/gi,
  /\]\([^)\s]*\)/g,
  /\b(?:https?:\/\/|mailto:|www\.)[^\s)\]»]*/gi,
  /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/gm,
];

function blank(text: string): string {
  return EXEMPT.reduce((masked, pattern) => masked.replace(pattern, (span) => span.replace(/[^\n]/g, 'x')), text);
}

function where(piece: TextPiece, offset: number): Pick<Problem, 'file' | 'line' | 'path'> {
  return piece.lesson ? { file: piece.file, line: lineAt(piece.text, offset) } : { file: piece.file, path: piece.path };
}

/** Offsets of each French spacing fault in `text`, with what is missing. */
export function frenchSpacingFaults(text: string): { offset: number; message: string }[] {
  const masked = blank(text);
  const faults: { offset: number; message: string }[] = [];
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i];
    const before = masked[i - 1] ?? '\n';
    const after = masked[i + 1] ?? '\n';
    if (';:?!'.includes(char)) {
      if (NO_BREAK.test(before) || before === '\n') continue;
      if ('?!'.includes(char) && '?!'.includes(before)) continue;
      if (char === ':' && /\d/.test(before) && /\d/.test(after)) continue; // 10:30, 1:2
      faults.push({ offset: i, message: `needs a no-break space (U+00A0 or U+202F) before "${char}"${before === ' ' ? ', not a normal space' : ''}` });
    } else if (char === '«' && !NO_BREAK.test(after)) {
      faults.push({ offset: i, message: `needs a no-break space (U+00A0 or U+202F) after "«"${after === ' ' ? ', not a normal space' : ''}` });
    } else if (char === '»' && !NO_BREAK.test(before)) {
      faults.push({ offset: i, message: `needs a no-break space (U+00A0 or U+202F) before "»"${before === ' ' ? ', not a normal space' : ''}` });
    }
  }
  return faults;
}

/** French text puts a no-break space before ; : ? ! and inside « »: everywhere a learner reads it. */
export function frenchSpacingProblems(course: Course): Problem[] {
  const problems: Problem[] = [];
  for (const piece of textPieces(course, 'fr')) {
    for (const fault of frenchSpacingFaults(piece.text)) {
      const context = piece.text.slice(Math.max(0, fault.offset - 25), fault.offset + 1).replace(/\s+/g, (space) => (NO_BREAK.test(space) ? space : ' '));
      problems.push({ ...where(piece, fault.offset), message: `"…${context}" ${fault.message}` });
    }
  }
  return problems;
}
