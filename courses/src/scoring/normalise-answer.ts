/**
 * Short-text answers match when they agree after trimming, collapsing white space, lower-casing
 * and removing accents (`Ré-sumé ` = `re-sume`). NFKD splits accented letters into a base letter
 * and combining marks, which are then dropped; this also ignores Arabic vowel marks and folds
 * Russian ё into е, which learners type inconsistently. Phone keyboards type typographic
 * apostrophes and dashes (French `mise à l’abri`), so those fold into `'` and `-`.
 */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC\u2032`]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
