import type { Course, CourseText, Language } from '../model/types.js';

/**
 * Where a piece of text lives, for the editorial checks' problems. `file` is relative to the
 * content folder (`<course folder>/<lang>/quiz.yaml`); a YAML string carries its key `path` (the
 * CLI turns it into a line), a lesson is one piece whose lines the checks count themselves.
 */
export interface TextPiece {
  file: string;
  path?: (string | number)[];
  text: string;
  /** A lesson body (Markdown), as opposed to one YAML string. */
  lesson?: string;
}

/** The folder a course was loaded from, or its id for a course built in memory. */
export function courseFolder(course: Course): string {
  return course.sourceDir?.split(/[\\/]/).filter(Boolean).pop() ?? course.settings.id;
}

function strings(value: unknown, path: (string | number)[], out: { path: (string | number)[]; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, [...path, key], out);
}

/** Every string a learner may read in one language of a course: course.yaml, quiz.yaml, lessons. */
export function textPieces(course: Course, lang: Language): TextPiece[] {
  const text: Partial<CourseText> | undefined = course.texts[lang];
  if (!text) return [];
  const folder = `${courseFolder(course)}/${lang}`;
  const found: { path: (string | number)[]; text: string }[] = [];
  const lessonTitles = Object.fromEntries(
    Object.entries(text.lessons ?? {}).map(([id, lesson]) => [id, { title: lesson.title, objectives: lesson.objectives }]),
  );
  strings({ title: text.title, summary: text.summary, objectives: text.objectives, lessons: lessonTitles, glossary: text.glossary }, [], found);
  const pieces: TextPiece[] = found.map((piece) => ({ file: `${folder}/course.yaml`, ...piece }));
  const quiz: typeof found = [];
  strings(text.questions ?? {}, ['questions'], quiz);
  pieces.push(...quiz.map((piece) => ({ file: `${folder}/quiz.yaml`, ...piece })));
  for (const [id, lesson] of Object.entries(text.lessons ?? {})) {
    if (lesson.markdown) pieces.push({ file: `${folder}/lessons/${id}.md`, text: lesson.markdown, lesson: id });
  }
  return pieces;
}

/** A question's stem and, for a scenario, each part's stem: the text a learner reads as the question. */
export function questionStems(course: Course, lang: Language): { question: string; piece: TextPiece }[] {
  const stems: { question: string; piece: TextPiece }[] = [];
  const file = `${courseFolder(course)}/${lang}/quiz.yaml`;
  for (const [id, question] of Object.entries(course.texts[lang]?.questions ?? {})) {
    if (typeof question?.text === 'string') stems.push({ question: id, piece: { file, path: ['questions', id, 'text'], text: question.text } });
    for (const [partId, part] of Object.entries(question?.parts ?? {})) {
      if (typeof part?.text === 'string') stems.push({ question: id, piece: { file, path: ['questions', id, 'parts', partId, 'text'], text: part.text } });
    }
  }
  return stems;
}
