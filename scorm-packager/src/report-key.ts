import { RTL_LANGUAGES, localizeCourse, type Course, type Language, type Question, type QuestionText } from '@vt/courses';
import { escapeXml } from './steps/manifest.js';
import { code12 } from './content/response-codes.js';

/**
 * The printable key a trainer needs to read an LMS's SCORM 1.2 interactions report. SCORM 1.2
 * limits choice, matching and ordering responses to single characters `0-9a-z`, so the player
 * codes our meaningful option ids by their place in the course file (`0,2` or `1.0,2.1`); this
 * key lists each question's text and every option, prompt, target or item with its character.
 * It holds no answer key: the LMS's report already says whether each response was right.
 */
export interface ReportKeyEntry {
  /** The character the 1.2 response uses. */
  code: string;
  /** The id in the course files (what 2004 reports and our own reports show). */
  id: string;
  text: string;
}

export interface ReportKeyQuestion {
  /** `cmi.interactions.n.id`. */
  id: string;
  text: string;
  /** Lists by kind: options, prompts (left), targets (right), items. */
  lists: { kind: ReportKeyList; entries: ReportKeyEntry[] }[];
}

export type ReportKeyList = 'options' | 'prompts' | 'targets' | 'items';
const LISTS: ReportKeyList[] = ['options', 'prompts', 'targets', 'items'];

function label(text: QuestionText | undefined, kind: ReportKeyList, id: string): string {
  const value = text?.[kind]?.[id];
  return typeof value === 'string' ? value : (value?.text ?? id);
}

function entriesOf(question: Question, text: QuestionText | undefined): ReportKeyQuestion[] {
  const own: ReportKeyQuestion = { id: question.id, text: text?.text ?? '', lists: [] };
  for (const kind of LISTS) {
    const ids = (question as unknown as Partial<Record<ReportKeyList, string[]>>)[kind];
    if (Array.isArray(ids)) own.lists.push({ kind, entries: ids.map((id) => ({ code: code12(ids, id), id, text: label(text, kind, id) })) });
  }
  if (question.type === 'true-false') {
    own.lists.push({
      kind: 'options',
      entries: [
        { code: 't', id: 'true', text: 'true' },
        { code: 'f', id: 'false', text: 'false' },
      ],
    });
  }
  const parts = question.type === 'scenario' ? question.parts.flatMap((part) => entriesOf(part, text?.parts?.[part.id])) : [];
  return [own, ...parts];
}

/** Every question of the course's bank, in the course's order, in one language. */
export function reportKey(course: Course, lang: Language): ReportKeyQuestion[] {
  const { text } = localizeCourse(course, lang);
  return course.questions.flatMap((question) => entriesOf(question, text.questions[question.id]));
}

const STRINGS: Record<Language, { title: string; code: string; id: string; text: string; intro: string } & Record<ReportKeyList, string>> = {
  en: {
    title: 'SCORM 1.2 report key',
    intro: 'An LMS shows SCORM 1.2 responses as characters: read them here. Matching responses are prompt.target pairs.',
    code: 'Character',
    id: 'Id',
    text: 'Text',
    options: 'Options',
    prompts: 'Left column',
    targets: 'Right column',
    items: 'Items',
  },
  fr: {
    title: 'Clé de lecture des rapports SCORM 1.2',
    intro: 'Un LMS affiche les réponses SCORM 1.2 sous forme de caractères : lisez-les ici. Les associations sont des paires gauche.droite.',
    code: 'Caractère',
    id: 'Identifiant',
    text: 'Texte',
    options: 'Options',
    prompts: 'Colonne de gauche',
    targets: 'Colonne de droite',
    items: 'Éléments',
  },
  ar: {
    title: 'مفتاح قراءة تقارير SCORM 1.2',
    intro: 'يعرض نظام إدارة التعلم إجابات SCORM 1.2 على شكل رموز: اقرأها هنا. إجابات المطابقة أزواج يسار.يمين.',
    code: 'الرمز',
    id: 'المعرّف',
    text: 'النص',
    options: 'الخيارات',
    prompts: 'العمود الأيسر',
    targets: 'العمود الأيمن',
    items: 'العناصر',
  },
  ru: {
    title: 'Ключ к отчётам SCORM 1.2',
    intro: 'LMS показывает ответы SCORM 1.2 символами: расшифруйте их здесь. Ответы на сопоставление — пары левый.правый.',
    code: 'Символ',
    id: 'Идентификатор',
    text: 'Текст',
    options: 'Варианты',
    prompts: 'Левый столбец',
    targets: 'Правый столбец',
    items: 'Элементы',
  },
};

/** A self-contained printable page (no script, inline style only). */
export function reportKeyHtml(course: Course, lang: Language): string {
  const t = STRINGS[lang];
  const { text } = localizeCourse(course, lang);
  const e = escapeXml;
  const questions = reportKey(course, lang)
    .map(
      (question) =>
        `<section><h2><code>${e(question.id)}</code> ${e(question.text)}</h2>${question.lists
          .map(
            (list) =>
              `<table><caption>${e(t[list.kind])}</caption><thead><tr><th>${e(t.code)}</th><th>${e(t.id)}</th><th>${e(t.text)}</th></tr></thead><tbody>${list.entries
                .map((entry) => `<tr><td><code>${e(entry.code)}</code></td><td><code>${e(entry.id)}</code></td><td>${e(entry.text)}</td></tr>`)
                .join('')}</tbody></table>`,
          )
          .join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${e(t.title)} — ${e(text.title)}</title>
<style>body{font:14px/1.4 sans-serif;margin:1.5rem}table{border-collapse:collapse;margin:.25rem 0 1rem}th,td{border:1px solid #999;padding:.2rem .5rem;text-align:start}caption{text-align:start;font-weight:600}section{break-inside:avoid}h2{font-size:1rem}</style></head>
<body><h1>${e(t.title)} — ${e(text.title)} (${e(course.settings.id)}, v${course.settings.version})</h1><p>${e(t.intro)}</p>
${questions}
</body></html>
`;
}
