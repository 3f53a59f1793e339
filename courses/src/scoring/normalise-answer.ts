/**
 * Short-text answers match when they agree after trimming, collapsing white space, lower-casing
 * and removing accents (`Ré-sumé ` = `re-sume`). NFKD splits accented letters into a base letter
 * and combining marks, which are then dropped; this also ignores Arabic vowel marks and folds
 * Russian ё into е, which learners type inconsistently.
 */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
