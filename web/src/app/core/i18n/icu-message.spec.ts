import { AR } from '../../../i18n/ar';
import { EN } from '../../../i18n/en';
import { FR } from '../../../i18n/fr';
import { RU } from '../../../i18n/ru';
import { formatMessage, MessageSyntaxError, parseMessage, type MessagePart } from './icu-message';

const write = (source: string, params: Record<string, unknown>, locale: string) => formatMessage(parseMessage(source), params, locale);

describe('ICU messages through Intl', () => {
  const courses = '{count, plural, =0 {No course found} one {# course found} other {# courses found}}';

  it('picks the English plural form, an exact =0 first, and groups large numbers', () => {
    expect(write(courses, { count: 0 }, 'en')).toBe('No course found');
    expect(write(courses, { count: 1 }, 'en')).toBe('1 course found');
    expect(write(courses, { count: 9 }, 'en')).toBe('9 courses found');
    expect(write(courses, { count: 1234 }, 'en')).toBe('1,234 courses found');
  });

  it('picks Russian one/few/many and Arabic zero/one/two/few/many/other as the languages count', () => {
    const ru = '{n, plural, one {# урок} few {# урока} many {# уроков} other {# урока}}';
    expect([1, 3, 5, 21, 1.5].map((n) => write(ru, { n }, 'ru'))).toEqual(['1 урок', '3 урока', '5 уроков', '21 урок', '1,5 урока']);
    const ar = '{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => write(ar, { n }, 'ar-u-nu-latn'))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
  });

  it("writes every number in the locale's digits, with the instance's choice for Arabic", () => {
    expect(write('{{n}} · {n, plural, other {#}}', { n: 1234.5 }, 'ar-u-nu-arab')).toBe('\u2068١٬٢٣٤٫٥\u2069 · \u2068١٬٢٣٤٫٥\u2069');
    expect(write('{{n}}', { n: 1234.5 }, 'ar-u-nu-latn')).toBe('\u20681,234.5\u2069');
    expect(write('{{n}}', { n: 1234.5 }, 'fr')).toMatch(/^1[\u00a0\u202f]234,5$/);
  });

  it('isolates each number in Arabic, so that two numbers side by side keep their order right to left', () => {
    const intro = 'درجة النجاح {passMark, number, ::percent scale/0.01} · {count, plural, other {# سؤال}}';
    expect(write(intro, { passMark: 70, count: 12 }, 'ar-u-nu-latn')).toMatch(/^درجة النجاح \u2068[^\u2069]*70[^\u2069]*\u2069 · \u206812\u2069 سؤال$/);
    expect(write('{{n}} · {n, plural, other {#}}', { n: 2 }, 'en')).toBe('2 · 2');
  });

  it('writes percentages with the locale’s own sign and spacing, never a mix', () => {
    const score = '{score, number, ::percent scale/0.01} / {passMark, number, ::percent scale/0.01}';
    expect(write(score, { score: 83.333, passMark: 70 }, 'en')).toBe('83.33% / 70%');
    expect(write(score, { score: 83.333, passMark: 70 }, 'fr')).toMatch(/^83,33[\u00a0\u202f]% \/ 70[\u00a0\u202f]%$/);
    const arabic = write(score, { score: 83.333, passMark: 100 }, 'ar-u-nu-arab');
    expect(arabic).toContain('٨٣٫٣٣٪');
    expect(arabic).toContain('١٠٠٪');
    expect(arabic).not.toMatch(/[0-9%]/);
  });

  it('leaves text parameters as they are and a missing one as {{name}}', () => {
    expect(write('Hello {{name}}, {{other}}', { name: 'Amina' }, 'en')).toBe('Hello Amina, {{other}}');
    expect(write('{kind, select, quiz {the quiz} other {a lesson}}', { kind: 'quiz' }, 'en')).toBe('the quiz');
  });

  it('refuses what it does not understand instead of showing it', () => {
    expect(() => parseMessage('{count, plural, one {#}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{count, date, short}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, number, ::currency/EUR}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('a } b')).toThrow(MessageSyntaxError);
  });
});

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

function plurals(parts: readonly MessagePart[]): Record<string, MessagePart[]>[] {
  return parts.flatMap((part) =>
    typeof part === 'object' && (part.kind === 'plural' || part.kind === 'select')
      ? [...(part.kind === 'plural' ? [part.cases] : []), ...Object.values(part.cases).flatMap(plurals)]
      : [],
  );
}

describe.each([
  ['en', EN],
  ['fr', FR],
  ['ar', AR],
  ['ru', RU],
])('the %s interface strings', (language, dictionary) => {
  it('all parse, and every plural has each form the language needs', () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, text] of leaves(dictionary as unknown as Tree)) {
      for (const cases of plurals(parseMessage(text))) {
        expect({ key, missing: needed.filter((c) => !cases[c]) }).toEqual({ key, missing: [] });
      }
    }
  });
});
