import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TSchema } from '@sinclair/typebox';
import type { Course, CourseSettings, CourseText, Curriculum, Language, LessonText, QuestionText } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { courseShapeProblems } from '../schema/course-shape.js';
import { QuestionBankFileSchema } from '../schema/questions.js';
import { shapeErrors } from '../schema/shape.js';
import { CourseTextFileSchema, QuizTextFileSchema } from '../schema/text.js';
import { CurriculumError, formatProblem, isError, type Problem } from '../validation/problem.js';
import { validateCourse } from '../validation/validate-course.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';
import { courseFolders } from './course-folders.js';

/** Paths in messages are relative to where the command runs, so editors can jump to them. */
const display = (file: string) => relative(process.cwd(), file) || '.';

type Files = Map<string, YamlFile>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a YAML file; `schema`, when given, checks the file's own frame (the model checks the rest). */
function readChecked(courseDir: string, name: string, schema: TSchema | undefined, files: Files, problems: Problem[]): unknown {
  const file = readYamlFile(join(courseDir, name), display(join(courseDir, name)), problems, true);
  if (!file) return undefined;
  files.set(name, file);
  if (schema) {
    for (const error of shapeErrors(schema, file.data ?? {})) {
      problems.push({ file: display(join(courseDir, name)), line: file.lineOf(error.path), message: error.message });
    }
  }
  return file.data;
}

function readText(courseDir: string, lang: Language, settings: Partial<CourseSettings>, files: Files, problems: Problem[]): CourseText | undefined {
  const langDir = join(courseDir, lang);
  if (!existsSync(langDir)) return undefined;
  const before = problems.length;
  const course = (readChecked(courseDir, `${lang}/course.yaml`, CourseTextFileSchema, files, problems) ?? {}) as Partial<CourseText> & {
    lessons?: Record<string, Partial<LessonText>>;
  };
  const quiz = (readChecked(courseDir, `${lang}/quiz.yaml`, QuizTextFileSchema, files, problems) ?? {}) as { questions?: Record<string, QuestionText> };
  if (problems.length > before) return undefined;
  const lessonsDir = join(langDir, 'lessons');
  const lessonIds = Array.isArray(settings.lessons) ? settings.lessons.filter((id): id is string => typeof id === 'string') : [];
  const lessonFiles = existsSync(lessonsDir) ? readdirSync(lessonsDir).filter((name) => name.endsWith('.md')) : [];
  for (const name of lessonFiles) {
    if (!lessonIds.includes(name.slice(0, -3))) {
      problems.push({ file: display(join(lessonsDir, name)), message: `lesson ${name.slice(0, -3)} is not in the course's lessons` });
    }
  }
  const lessons: Record<string, LessonText> = {};
  for (const id of new Set([...lessonIds, ...Object.keys(course.lessons ?? {})])) {
    const file = join(lessonsDir, `${id}.md`);
    const text = course.lessons?.[id];
    const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (text || markdown) lessons[id] = { title: text?.title ?? '', objectives: text?.objectives ?? [], markdown };
  }
  return {
    title: course.title ?? '',
    summary: course.summary ?? '',
    objectives: course.objectives ?? [],
    lessons,
    glossary: course.glossary ?? {},
    questions: quiz.questions ?? {},
  };
}

/** `points` defaults to 1 (left alone on anything that is not a question-like object: the validator names it). */
function withDefaultPoints(question: unknown): unknown {
  if (!isRecord(question)) return question;
  const parts = question['parts'];
  return {
    ...question,
    points: question['points'] ?? 1,
    ...(Array.isArray(parts) ? { parts: parts.map((part) => (isRecord(part) ? { ...part, points: part['points'] ?? 1 } : part)) } : {}),
  };
}

/** Gives a validator problem (course-relative file + key path) its real file and line. */
function locate(problem: Problem, courseDir: string, files: Files): Problem {
  if (!problem.file) return problem;
  const file = files.get(problem.file);
  const line = problem.line ?? (file && problem.path ? file.lineOf(problem.path) : undefined);
  return { ...problem, file: display(join(courseDir, problem.file)), ...(line ? { line } : {}), path: undefined };
}

/**
 * Reads one course folder: the YAML files, each language's text files checked against their
 * schemas, then the whole course checked by `validateCourse` (its shape first, in the same words as
 * the API's). Returns the course (when its shape holds) and every problem.
 */
export function loadCourse(courseDir: string): { course?: Course; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: Files = new Map();
  const settings = readChecked(courseDir, 'course.yaml', undefined, files, problems);
  const bank = readChecked(courseDir, 'quiz.yaml', QuestionBankFileSchema, files, problems);
  if (settings === undefined || bank === undefined) return { problems };
  const readable = isRecord(settings) ? (settings as Partial<CourseSettings>) : {};
  const folder = courseDir.split(/[\\/]/).filter(Boolean).pop();
  if (typeof readable.id === 'string' && folder !== readable.id)
    problems.push({
      file: display(join(courseDir, 'course.yaml')),
      line: files.get('course.yaml')?.lineOf(['id']),
      message: `course id ${readable.id} differs from its folder name ${folder}`,
    });
  const before = problems.length;
  const texts: Course['texts'] = {};
  for (const lang of LANGUAGES) {
    const text = readText(courseDir, lang, readable, files, problems);
    if (text) texts[lang] = text;
  }
  const questions = isRecord(bank) && Array.isArray(bank['questions']) ? bank['questions'].map(withDefaultPoints) : isRecord(bank) ? bank['questions'] : bank;
  const course = { settings, questions, texts, sourceDir: courseDir } as Course;
  const shape = courseShapeProblems(course);
  // A text file that failed its schema is left out; the whole-course checks would only repeat that.
  const checked = problems.length > before || shape.length > 0 ? shape : validateCourse(course);
  problems.push(...checked.map((problem) => locate(problem, courseDir, files)));
  // quiz.yaml's own frame and the course's shape may say the same thing once each: say it once.
  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  return shape.length > 0 ? { problems: unique } : { course, problems: unique };
}

/** Question ids are unique across the curriculum: they are API and SCORM interaction ids. */
function crossCourseProblems(courses: Course[]): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const course of courses) {
    const ids = course.questions.flatMap((q) => [q.id, ...(q.type === 'scenario' ? q.parts.map((p) => p.id) : [])]);
    for (const id of ids) {
      const first = owner.get(id);
      if (first && first !== course.settings.id) {
        problems.push({
          file: display(join(course.sourceDir ?? course.settings.id, 'quiz.yaml')),
          message: `question id ${id} is also used by course ${first}`,
        });
      }
      owner.set(id, first ?? course.settings.id);
    }
  }
  return problems;
}

/** Loads and validates every course under `contentDir`; problems, warnings included. */
export function inspectCurriculum(contentDir: string): { courses: Course[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const courses: Course[] = [];
  if (!existsSync(contentDir)) return { courses, problems: [{ file: display(contentDir), message: 'does not exist' }] };
  // courseFolders skips content/terms/, the fixed glossary terms of each language, which is not a course.
  for (const dir of courseFolders(contentDir)) {
    const result = loadCourse(join(contentDir, dir));
    problems.push(...result.problems);
    if (result.course) courses.push(result.course);
  }
  problems.push(...crossCourseProblems(courses));
  return { courses, problems };
}

/** Loads every course under `contentDir`; throws a CurriculumError listing every error found. */
export function loadCurriculum(contentDir: string): Curriculum {
  const { courses, problems } = inspectCurriculum(contentDir);
  const errors = problems.filter(isError);
  if (errors.length > 0) throw new CurriculumError(errors);
  return { courses };
}
