import { LANGUAGES, type Language } from '@vt/courses';
import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { nameProblem } from '../common/input-rules.js';
import { normaliseEmail } from '../users/users.service.js';

/** One line of a pasted or uploaded roster, as read, before it is checked against the database. */
export interface RosterRow {
  /** 1-based line in the CSV text (the header is line 1). */
  line: number;
  name: string;
  email: string;
  language: Language;
  errors: string[];
}

export const ROSTER_MAX_ROWS = 2000;
const COLUMNS = ['name', 'email', 'language'];

/** A whole-file problem (no header, wrong header, unparsable CSV): the caller answers 400 with it. */
export class RosterFormatError extends Error {}

/**
 * Reads `name,email[,language]` with a header. Each row keeps its own errors (missing or invalid
 * email, wrong number of columns, duplicate in the file, unknown language) so that the preview can
 * show them all at once; only a broken file as a whole throws.
 */
export function parseRoster(csv: string): RosterRow[] {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, info: false }) as string[][];
  } catch (error) {
    throw new RosterFormatError(`The CSV cannot be read: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  const headerNames = (header ?? []).map((cell) => cell.toLowerCase());
  const hasLanguage = headerNames.length === 3;
  if (!header || (headerNames.length !== 2 && !hasLanguage) || headerNames.some((name, i) => name !== COLUMNS[i])) {
    throw new RosterFormatError('The first line must be the header "name,email" or "name,email,language".');
  }
  if (rows.length === 0) throw new RosterFormatError('The CSV has a header but no learners.');
  if (rows.length > ROSTER_MAX_ROWS) throw new RosterFormatError(`At most ${ROSTER_MAX_ROWS} learners per import.`);
  const seen = new Map<string, number>();
  return rows.map((cells, index) => {
    const line = index + 2;
    const errors: string[] = [];
    if (cells.length !== headerNames.length) errors.push(`expected ${headerNames.length} columns, found ${cells.length}`);
    const [name = '', rawEmail = '', rawLanguage = ''] = cells;
    const email = normaliseEmail(rawEmail);
    if (!name) errors.push('name is missing');
    else if (name.length > 200) errors.push('name is longer than 200 characters');
    else {
      const problem = nameProblem(name);
      if (problem) errors.push(`name ${problem}`);
    }
    if (!email) errors.push('email is missing');
    else if (!isEmail(email) || email.length > 320) errors.push('email is not a valid address');
    // A third cell counts as the language only when the header declares that column.
    const language = ((hasLanguage && rawLanguage) || 'en').toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(language)) errors.push(`language must be one of ${LANGUAGES.join(', ')}`);
    if (email) {
      const first = seen.get(email);
      if (first !== undefined) errors.push(`duplicate of line ${first}`);
      else seen.set(email, line);
    }
    return { line, name, email, language: language as Language, errors };
  });
}
