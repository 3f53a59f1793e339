import bidiFactory from 'bidi-js';

const bidi = bidiFactory();
const ARABIC_LETTER = /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** A piece of one line, ready to be drawn left to right. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

/**
 * Splits one line into directional runs and orders them for drawing left to right (Unicode bidi
 * rule L2 applied to runs), which pdfkit needs (tried with pdfkit 0.17 and fontkit when the
 * certificate was first made bilingual):
 * fontkit shapes and reverses a run that starts with an Arabic letter itself, so such runs are
 * passed in logical order; any other right-to-left run (brackets, spaces, punctuation) is
 * mirrored and reversed here.
 */
export function visualRuns(line: string): VisualRun[] {
  if (line === '') return [];
  const embedding = bidi.getEmbeddingLevels(line);
  // It reads the levels array (its own JSDoc); bidi-js's type declaration says the result object.
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels as unknown as typeof embedding);
  const chars = Array.from(line, (_char, i) => mirrored.get(i) ?? line[i]);
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const level = embedding.levels[i];
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += chars[i];
    else runs.push({ text: chars[i], level });
  }
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.flatMap(({ text, level }): VisualRun[] => {
    const rtl = level % 2 === 1;
    // A left-to-right run of Arabic-script characters is a number in Arabic-Indic digits
    // (ARABIC_DIGITS=arabic-indic): fontkit would reverse it as Arabic, so hand it over reversed.
    if (!rtl) return [{ text: ARABIC_LETTER.test(text) ? [...text].reverse().join('') : text, rtl }];
    // Drawn as reverse(text) = reverse(from first letter) + reverse(neutrals before it): fontkit
    // does the first part itself, the neutrals (a space before a month name) are reversed here.
    const first = [...text].findIndex((char) => ARABIC_LETTER.test(char));
    const chars = [...text];
    if (first === 0) return [{ text, rtl }];
    const neutrals = {
      text: chars
        .slice(0, first === -1 ? undefined : first)
        .reverse()
        .join(''),
      rtl,
    };
    return first === -1 ? [neutrals] : [{ text: chars.slice(first).join(''), rtl }, neutrals];
  });
}
