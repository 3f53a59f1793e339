import type { Course, CourseText, Language, PartQuestion, Question, QuestionText } from '../model/types.js';
import type { Problem } from './problem.js';
import { definitionOf } from '../question-types/registry.js';
import { isPresent, requiredTextKeys, valueAt } from './text-keys.js';

type Report = (file: string, path: string[], message: string) => void;

function extraKeys(record: object | undefined, known: readonly string[]): string[] {
  return Object.keys(record ?? {}).filter((key) => !known.includes(key));
}

const SECTIONS = { options: 'option', prompts: 'prompt', targets: 'target', items: 'item', parts: 'part', steps: 'step', ends: 'end' } as const;

/** Text for things the settings do not have: options, prompts, parts… of one question (each type says which it has). */
function questionOrphans(question: Question | PartQuestion, text: QuestionText, path: string[], report: Report): void {
  const definition = definitionOf(question);
  if (!definition) return;
  const name = path.length > 2 ? `part ${question.id}` : `question ${question.id}`;
  const ids = definition.textIds(question);
  for (const [key, what] of Object.entries(SECTIONS) as [keyof typeof SECTIONS, string][]) {
    for (const id of extraKeys(text[key], ids[key] ?? []))
      report('quiz.yaml', [...path, key, id], `${name} has text for ${what} "${id}", which it does not have`);
  }
  for (const key of extraKeys(text.feedback, definition.feedbackKeys))
    report('quiz.yaml', [...path, 'feedback', key], `${name} has feedback "${key}", which a ${question.type} question does not use`);
  definition.checkText?.(question, text, name, (where, message) => report('quiz.yaml', [...path, ...where], message));
  if (text.accepted !== undefined && !definition.acceptsAnswers)
    report('quiz.yaml', [...path, 'accepted'], `${name} has accepted answers but is not a short-text question`);
  if (question.type === 'scenario') {
    for (const part of question.parts) {
      const partText = text.parts?.[part.id];
      if (partText) questionOrphans(part, partText, [...path, 'parts', part.id], report);
    }
  }
}

/**
 * One language's text: every key the settings call for must be there (English has nothing to fall
 * back on; a language folder, once it exists, is held to the same standard), and no text may
 * describe something the settings do not have.
 */
export function validateText(course: Course, lang: Language, text: CourseText): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, path, message) => problems.push({ file: `${lang}/${file}`, path, message });
  for (const key of requiredTextKeys(course)) {
    if (!isPresent(valueAt(text, key.path))) {
      const path = key.file.endsWith('.md') ? [] : key.path;
      report(key.file, path, key.describe);
    }
  }
  const { settings } = course;
  for (const id of extraKeys(text.lessons, settings.lessons ?? []))
    report('course.yaml', ['lessons', id], `text for lesson ${id}, which the course does not have`);
  for (const id of extraKeys(text.glossary, settings.glossary ?? []))
    report('course.yaml', ['glossary', id], `text for glossary entry ${id}, which the course does not have`);
  const bank = new Map(course.questions.map((question) => [question.id, question]));
  for (const [id, questionText] of Object.entries(text.questions ?? {})) {
    const question = bank.get(id);
    if (!question) report('quiz.yaml', ['questions', id], `text for question ${id}, which the question bank does not have`);
    else if (questionText && typeof questionText === 'object') questionOrphans(question, questionText, ['questions', id], report);
  }
  return problems;
}
