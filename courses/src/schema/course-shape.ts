import { LANGUAGES, QUESTION_TYPES, type QuestionType } from '../model/constants.js';
import type { Problem } from '../validation/problem.js';
import { CourseSettingsSchema } from './course.js';
import { PART_TYPES, questionSchemaOf } from './questions.js';
import { describePath, shapeErrors, type Path } from './shape.js';
import { CourseTextSchema } from './text.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shown = (value: unknown) => (value === undefined || value === null || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`);

/** One question (or part) of the bank, checked against its own type's schema. */
function questionProblems(question: unknown, path: Path, isPart: boolean): Problem[] {
  const at = (message: string, where: Path = path): Problem => ({ file: 'quiz.yaml', path: where, message });
  if (!isRecord(question)) return [at(`${describePath(path)}${shown(question)} must be object`)];
  const known: readonly string[] = isPart ? PART_TYPES : QUESTION_TYPES;
  const type = question['type'];
  if (typeof type !== 'string' || !known.includes(type)) {
    const where = [...path, 'type'];
    return [
      at(type === undefined ? `${describePath(path)} is missing "type"` : `${describePath(where)}${shown(type)} must be one of: ${known.join(', ')}`, where),
    ];
  }
  const schema = questionSchemaOf(type as QuestionType);
  // A scenario's parts are checked one by one below, each against its own type.
  const inPart = (relative: Path) => type === 'scenario' && relative[0] === 'parts' && relative.length > 1;
  const problems = shapeErrors(schema, question, path, inPart).map((error) => at(error.message, error.path));
  const parts = question['parts'];
  if (type === 'scenario' && Array.isArray(parts)) parts.forEach((part, index) => problems.push(...questionProblems(part, [...path, 'parts', index], true)));
  return problems;
}

/** Where a text problem belongs: the language's course.yaml, quiz.yaml or a lesson's Markdown. */
function textProblem(lang: string, path: Path, message: string): Problem {
  if (path[0] === 'questions') return { file: `${lang}/quiz.yaml`, path, message };
  if (path[0] === 'lessons' && path[2] === 'markdown') return { file: `${lang}/lessons/${String(path[1])}.md`, message };
  return { file: `${lang}/course.yaml`, path, message };
}

/**
 * The shape of a whole course in memory (settings, bank, every language's text) against the
 * schemas, as problems named by file and key path. Never throws, whatever `course` is.
 */
export function courseShapeProblems(course: unknown): Problem[] {
  if (!isRecord(course)) return [{ message: 'the course must be an object with settings, questions and texts' }];
  const problems: Problem[] = shapeErrors(CourseSettingsSchema, course['settings'], []).map((error) => ({
    file: 'course.yaml',
    path: error.path,
    message: error.message,
  }));
  const questions = course['questions'];
  if (!Array.isArray(questions)) problems.push({ file: 'quiz.yaml', path: ['questions'], message: `questions${shown(questions)} must be array` });
  else questions.forEach((question, index) => problems.push(...questionProblems(question, ['questions', index], false)));
  const texts = course['texts'];
  if (!isRecord(texts)) problems.push({ message: `texts${shown(texts)} must be an object of languages (${LANGUAGES.join(', ')})` });
  else {
    for (const [lang, text] of Object.entries(texts)) {
      if (!(LANGUAGES as readonly string[]).includes(lang)) problems.push({ file: `${lang}/`, message: `${lang} is not a language (${LANGUAGES.join(', ')})` });
      else if (text !== undefined) problems.push(...shapeErrors(CourseTextSchema, text).map((error) => textProblem(lang, error.path, error.message)));
    }
  }
  return problems;
}
