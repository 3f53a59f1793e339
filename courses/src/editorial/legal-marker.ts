import type { Language } from '../model/types.js';

/**
 * The marker of a legal or regulatory statement, in each language, e.g.
 * `[Law (France, as of 2026-12): private guards may inspect bags visually …]`. The jurisdiction
 * and the month the statement was last checked are part of the marker, so the validator can insist
 * on them, the review trail (courses/REVIEW.md) can list them and the renderer shows a note.
 * Local law stays a placeholder (`[Local law: …]`), which is not a marker.
 */
export const LEGAL_MARKERS: Record<Language, { keyword: string; asOf: string; template: string }> = {
  en: { keyword: 'Law', asOf: 'as of', template: '[Law (<jurisdiction>, as of <YYYY-MM>): …]' },
  fr: { keyword: 'Loi', asOf: 'en vigueur au', template: '[Loi (<juridiction>, en vigueur au <AAAA-MM>) : …]' },
  ar: { keyword: 'قانون', asOf: 'وفق الوضع في', template: '[قانون (<الولاية القضائية>، وفق الوضع في <YYYY-MM>): …]' },
  ru: { keyword: 'Закон', asOf: 'по состоянию на', template: '[Закон (<юрисдикция>, по состоянию на <ГГГГ-ММ>): …]' },
};

const LANGS = Object.keys(LEGAL_MARKERS) as Language[];
const SPACE = '[ \\u00a0\\u202f]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `[` + a marker keyword, not `[Loi locale : …]` (the French local-law placeholder). */
const OPENING = new RegExp(`\\[(${LANGS.map((lang) => escape(LEGAL_MARKERS[lang].keyword)).join('|')})(?=${SPACE}|\\(|:)(?!${SPACE}locale)`, 'gu');

const STICKY = new RegExp(OPENING.source, 'uy');

const HEADS = Object.fromEntries(
  LANGS.map((lang) => {
    const { keyword, asOf } = LEGAL_MARKERS[lang];
    const head = `^${escape(keyword)}${SPACE}*\\((?<jurisdiction>[^()]*?)${SPACE}*[,،]${SPACE}*${escape(asOf)}${SPACE}+(?<date>[^()]*?)${SPACE}*\\)${SPACE}?:${SPACE}*`;
    return [lang, new RegExp(head, 'u')];
  }),
) as Record<Language, RegExp>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface LegalMarker {
  /** Offsets of `[` and of the character after the closing `]` (or the end of the text when unclosed). */
  start: number;
  end: number;
  /** The language whose keyword opens the marker. */
  lang: Language;
  /** What is wrong with it; absent when it is complete. */
  problem?: string;
  jurisdiction?: string;
  date?: string;
  /** `Law (France, as of 2026-12):` as written, and where the statement itself starts and ends. */
  label?: string;
  bodyStart?: number;
  bodyEnd?: number;
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function parse(text: string, start: number, lang: Language): LegalMarker {
  const close = closing(text, start);
  if (close < 0) return { start, end: text.length, lang, problem: 'is not closed with "]"' };
  const inner = text.slice(start + 1, close);
  const head = HEADS[lang].exec(inner);
  const marker: LegalMarker = { start, end: close + 1, lang };
  if (!head) {
    const parenthesis = /^[^(:]*\(([^()]*)\)/u.exec(inner);
    if (!parenthesis) return { ...marker, problem: 'has neither its jurisdiction nor its "as of" date' };
    const inside = parenthesis[1].trim();
    const asOf = inside.indexOf(LEGAL_MARKERS[lang].asOf);
    if (asOf < 0 || !/\d/.test(inside.slice(asOf))) return { ...marker, problem: 'has no "as of" date' };
    if (!/[\p{L}\p{N}]/u.test(inside.slice(0, asOf))) return { ...marker, problem: 'has no jurisdiction' };
    return { ...marker, problem: 'is not written as the template says' };
  }
  const jurisdiction = head.groups!['jurisdiction'].trim();
  const date = head.groups!['date'].trim();
  const bodyStart = start + 1 + head[0].length;
  if (!jurisdiction) return { ...marker, problem: 'has no jurisdiction' };
  if (!MONTH.test(date)) return { ...marker, problem: `dates the statement "${date}", not a month written YYYY-MM` };
  if (!text.slice(bodyStart, close).trim()) return { ...marker, problem: 'states nothing' };
  return { ...marker, jurisdiction, date, label: head[0].trim(), bodyStart, bodyEnd: close };
}

/** Every legal statement marker in `text`, complete or not, in order. */
export function findLegalMarkers(text: string): LegalMarker[] {
  const markers: LegalMarker[] = [];
  for (const match of text.matchAll(OPENING)) {
    if (markers.length > 0 && match.index < markers[markers.length - 1].end) continue;
    const lang = LANGS.find((code) => LEGAL_MARKERS[code].keyword === match[1])!;
    markers.push(parse(text, match.index, lang));
  }
  return markers;
}

/** The complete marker that starts exactly at `start`, if there is one (for the renderer). */
export function legalMarkerAt(text: string, start: number): LegalMarker | undefined {
  STICKY.lastIndex = start;
  const match = STICKY.exec(text);
  if (!match) return undefined;
  const marker = parse(
    text,
    start,
    LANGS.find((code) => LEGAL_MARKERS[code].keyword === match[1])!,
  );
  return marker.problem ? undefined : marker;
}
