/**
 * Words as the overlap checks compare them: letters and digits only (punctuation, Markdown and
 * spacing are separators), case folded, accents and Arabic vowel marks and tatweel removed, so
 * that a copied sentence is found however it was re-punctuated. Offsets point into the original.
 */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A run of this many words shared by two texts is a copy, not a coincidence (issue 18). */
export const ECHO_WORDS = 8;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();
}

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)]
    .map((match) => ({ text: fold(match[0]), start: match.index, end: match.index + match[0].length }))
    .filter((word) => word.text.length > 0);
}

/** The key of each run of `ECHO_WORDS` words starting at index i (none for shorter texts). */
export function runKeys(list: Word[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + ECHO_WORDS <= list.length; i++) {
    keys.push(
      list
        .slice(i, i + ECHO_WORDS)
        .map((word) => word.text)
        .join(' '),
    );
  }
  return keys;
}

/**
 * The first stretch of `text` (as `list`, its words) whose runs all occur in `seen`: where it starts
 * and ends in `text`, its length in words, and the key of its first run. Undefined when none does.
 */
export function firstSharedStretch(
  text: string,
  list: Word[],
  seen: (key: string) => boolean,
): { excerpt: string; words: number; firstKey: string } | undefined {
  const keys = runKeys(list);
  const first = keys.findIndex(seen);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < keys.length && seen(keys[last + 1])) last++;
  const start = list[first].start;
  const end = list[last + ECHO_WORDS - 1].end;
  return { excerpt: excerpt(text.slice(start, end)), words: last - first + ECHO_WORDS, firstKey: keys[first] };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

/** 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
