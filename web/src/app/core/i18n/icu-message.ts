/**
 * The ICU MessageFormat subset our dictionaries use, interpreted with the browser's Intl (no
 * compiler that builds code, which the app's CSP would refuse, and no library in the bundle):
 * - `{{name}}`: a parameter (ngx-translate's syntax, kept for every string); a number is written
 *   with Intl.NumberFormat in the language's locale, so Arabic gets the instance's digits;
 * - `{name, plural, =0 {…} one {…} few {…} other {…}}`: the case Intl.PluralRules picks for the
 *   number (an exact `=n` first), `#` inside it being the number written as above;
 * - `{name, select, a {…} other {…}}`: the case named by the parameter's value;
 * - `{name, number, ::percent scale/0.01}`: a percentage given as 0–100 (ICU number skeleton:
 *   `scale/0.01` then `percent`), written with the locale's own sign and spacing ("83.33%",
 *   "83,33 %", "٨٣٫٣٣٪"); `{name, number}` a plain number.
 * Cases nest. Apostrophes are plain text (ICU's quoting is not needed by any of our strings).
 */
export type MessagePart =
  | string
  | { kind: 'param'; name: string }
  | { kind: 'number'; name: string; percent?: boolean; scale?: number }
  | { kind: 'plural' | 'select'; name: string; cases: Record<string, MessagePart[]> };

export type MessageParams = Record<string, unknown>;

export class MessageSyntaxError extends Error {}

/** Parses a message; throws MessageSyntaxError (with the position) on anything outside the subset. */
export function parseMessage(source: string): MessagePart[] {
  let at = 0;
  const fail = (problem: string): never => {
    throw new MessageSyntaxError(`${problem} at ${at} in "${source}"`);
  };

  function parts(plural: string | undefined, nested: boolean): MessagePart[] {
    const out: MessagePart[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (at < source.length) {
      if (source.startsWith('{{', at)) {
        const end = source.indexOf('}}', at);
        if (end < 0) fail('unclosed {{');
        flush();
        out.push({ kind: 'param', name: source.slice(at + 2, end).trim() });
        at = end + 2;
      } else if (source[at] === '{') {
        flush();
        out.push(argument(plural));
      } else if (source[at] === '}') {
        if (!nested) fail('unmatched }');
        break;
      } else if (source[at] === '#' && plural) {
        flush();
        out.push({ kind: 'number', name: plural });
        at++;
      } else {
        text += source[at++];
      }
    }
    flush();
    return out;
  }

  function argument(outerPlural: string | undefined): MessagePart {
    const number = /^\{\s*(\w+)\s*,\s*number\s*(?:,\s*::([^}]*))?\}/.exec(source.slice(at));
    if (number) {
      at += number[0].length;
      return { kind: 'number', name: number[1], ...skeleton(number[2] ?? '') };
    }
    const header = /^\{\s*(\w+)\s*,\s*(plural|select)\s*,/.exec(source.slice(at));
    if (!header) return fail('expected {name, plural, …} or {name, select, …}');
    at += header[0].length;
    const [, name, kind] = header as unknown as [string, string, 'plural' | 'select'];
    const cases: Record<string, MessagePart[]> = {};
    for (;;) {
      while (/\s/.test(source[at] ?? '')) at++;
      if (source[at] === '}') break;
      const key = /^(=\d+|[a-z]+)\s*\{/.exec(source.slice(at));
      if (!key) return fail('expected a case such as one {…} or =0 {…}');
      at += key[0].length;
      cases[key[1]] = parts(kind === 'plural' ? name : outerPlural, true);
      if (source[at] !== '}') fail('unclosed case');
      at++;
    }
    at++;
    if (!cases['other']) fail(`{${name}, ${kind}} needs an "other" case`);
    return { kind, name, cases };
  }

  /** The number skeleton tokens we support: `percent` and `scale/<factor>`. */
  function skeleton(text: string): { percent?: boolean; scale?: number } {
    const out: { percent?: boolean; scale?: number } = {};
    for (const token of text.trim().split(/\s+/).filter(Boolean)) {
      if (token === 'percent') out.percent = true;
      else if (/^scale\/[0-9.]+$/.test(token)) out.scale = Number(token.slice(6));
      else fail(`unsupported number skeleton "${token}"`);
    }
    return out;
  }

  return parts(undefined, false);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatNumber(value: number, locale: string, percent = false): string {
  const key = `${locale}|${percent}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...(percent ? { style: 'percent' } : {}) })));
  return format.format(value);
}

function pluralCategory(value: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(value);
}

/**
 * In right-to-left text each number is isolated (U+2068 … U+2069): without that, the bidi algorithm
 * joins neighbouring numbers into one left-to-right run, and "pass mark 70% · 12 questions" reads
 * as "pass mark 12 · 70% questions" in Arabic (measured in Chromium).
 */
const isolate = (text: string, locale: string): string => (locale === 'ar' || locale.startsWith('ar-') ? `\u2068${text}\u2069` : text);

/** Writes a parsed message with its parameters in a locale. A missing parameter is left as `{{name}}`, as ngx-translate does. */
export function formatMessage(message: readonly MessagePart[], params: MessageParams, locale: string): string {
  let out = '';
  for (const part of message) {
    if (typeof part === 'string') out += part;
    else if (part.kind === 'param') {
      const value = params[part.name];
      out +=
        value === undefined || value === null ? `{{${part.name}}}` : typeof value === 'number' ? isolate(formatNumber(value, locale), locale) : String(value);
    } else if (part.kind === 'number') out += isolate(formatNumber(Number(params[part.name]) * (part.scale ?? 1), locale, part.percent), locale);
    else {
      const value = params[part.name];
      const key = part.kind === 'plural' ? (part.cases[`=${Number(value)}`] ? `=${Number(value)}` : pluralCategory(Number(value), locale)) : String(value);
      out += formatMessage(part.cases[key] ?? part.cases['other'], params, locale);
    }
  }
  return out;
}
