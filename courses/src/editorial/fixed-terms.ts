import type { Course, Language } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { courseFolder } from './course-texts.js';

/**
 * The fixed terms: `content/terms/<lang>.yaml` maps a term id to the one wording every course uses
 * in that language (`run-hide-tell: "S'échapper, se cacher, alerter"`); `en.yaml` gives the
 * English term, which is how a glossary entry is recognised when its id differs from `g-<term id>`.
 */
export type FixedTerms = Partial<Record<Language, Record<string, string>>>;

/** The folder of the fixed terms inside the content folder (not a course). */
export const TERMS_FOLDER = 'terms';

/** Case, quotation marks, apostrophes and spacing do not make a term different. */
function comparable(term: string): string {
  return term
    .normalize('NFC')
    .replace(/[’ʼ]/g, "'")
    .replace(/[«»“”„"]/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** An English glossary term without its trailing gloss: "Soft target (crowded place)" → "Soft target". */
const head = (term: string) => term.replace(/\s*\([^()]*\)\s*$/, '');

function termIdOf(glossaryId: string, englishTerm: string | undefined, terms: FixedTerms): string | undefined {
  const english = terms.en ?? {};
  const byId = glossaryId.replace(/^g-/, '');
  if (LANGUAGES.some((lang) => terms[lang]?.[byId] !== undefined)) return byId;
  if (!englishTerm) return undefined;
  return Object.keys(english).find((id) => [englishTerm, head(englishTerm)].some((t) => comparable(t) === comparable(english[id])));
}

/** The terms files themselves: a term has its English wording, and nothing is empty. */
export function fixedTermsFileProblems(terms: FixedTerms): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGUAGES) {
    for (const [id, term] of Object.entries(terms[lang] ?? {})) {
      const file = `${TERMS_FOLDER}/${lang}.yaml`;
      if (typeof term !== 'string' || !term.trim()) problems.push({ file, path: [id], message: `fixed term ${id} has no wording` });
      else if (lang !== 'en' && terms.en?.[id] === undefined)
        problems.push({ file, path: [id], message: `fixed term ${id} is not in ${TERMS_FOLDER}/en.yaml` });
    }
  }
  return problems;
}

/**
 * A glossary entry for a fixed term uses that term's wording in each language (it may add a gloss,
 * e.g. "S'échapper, se cacher, alerter (Run–Hide–Tell)", but must contain the fixed wording).
 */
export function fixedTermProblems(course: Course, terms: FixedTerms): Problem[] {
  const problems: Problem[] = [];
  for (const glossaryId of course.settings.glossary ?? []) {
    const termId = termIdOf(glossaryId, course.texts.en?.glossary?.[glossaryId]?.term, terms);
    if (!termId) continue;
    for (const lang of LANGUAGES) {
      const fixed = terms[lang]?.[termId];
      const term = course.texts[lang]?.glossary?.[glossaryId]?.term;
      if (typeof fixed !== 'string' || typeof term !== 'string') continue;
      if (!comparable(term).includes(comparable(fixed))) {
        problems.push({
          file: `${courseFolder(course)}/${lang}/course.yaml`,
          path: ['glossary', glossaryId, 'term'],
          message: `glossary term ${glossaryId} is "${term}"; the fixed ${lang} wording of ${termId} is "${fixed}" (${TERMS_FOLDER}/${lang}.yaml)`,
        });
      }
    }
  }
  return problems;
}
