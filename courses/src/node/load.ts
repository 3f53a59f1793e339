import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Course, CourseSettings, CourseText, Curriculum, Language, LessonText, Question, QuestionText } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { CurriculumError, isError, type Problem } from '../validation/problem.js';
import { validateCourse } from '../validation/validate-course.js';
import { checkSchema } from './schemas.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

/** Paths in messages are relative to where the command runs, so editors can jump to them. */
const display = (file: string) => relative(process.cwd(), file) || '.';

type Files = Map<string, YamlFile>;

function readChecked(
  courseDir: string,
  name: string,
  schema: Parameters<typeof checkSchema>[0],
  files: Files,
  problems: Problem[],
  required: boolean,
): unknown {
  const file = readYamlFile(join(courseDir, name), display(join(courseDir, name)), problems, required);
  if (!file) return undefined;
  files.set(name, file);
  problems.push(...checkSchema(schema, file.data ?? {}, display(join(courseDir, name)), file.lineOf));
  return file.data;
}

function readText(courseDir: string, lang: Language, settings: CourseSettings, files: Files, problems: Problem[]): CourseText | undefined {
  const langDir = join(courseDir, lang);
  if (!existsSync(langDir)) return undefined;
  const before = problems.length;
  const course = (readChecked(courseDir, `${lang}/course.yaml`, 'course-text', files, problems, true) ?? {}) as Partial<CourseText> & {
    lessons?: Record<string, Partial<LessonText>>;
  };
  const quiz = (readChecked(courseDir, `${lang}/quiz.yaml`, 'quiz-text', files, problems, true) ?? {}) as { questions?: Record<string, QuestionText> };
  if (problems.length > before) return undefined;
  const lessonsDir = join(langDir, 'lessons');
  const lessonFiles = existsSync(lessonsDir) ? readdirSync(lessonsDir).filter((name) => name.endsWith('.md')) : [];
  for (const name of lessonFiles) {
    if (!(settings.lessons ?? []).includes(name.slice(0, -3))) {
      problems.push({ file: display(join(lessonsDir, name)), message: `lesson ${name.slice(0, -3)} is not in the course's lessons` });
    }
  }
  const lessons: Record<string, LessonText> = {};
  for (const id of new Set([...(settings.lessons ?? []), ...Object.keys(course.lessons ?? {})])) {
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

function withDefaultPoints(question: Question): Question {
  const points = question.points ?? 1;
  if (question.type === 'scenario' && Array.isArray(question.parts)) {
    return { ...question, points, parts: question.parts.map((part) => ({ ...part, points: part.points ?? 1 })) };
  }
  return { ...question, points };
}

/** Gives a validator problem (course-relative file + key path) its real file and line. */
function locate(problem: Problem, courseDir: string, files: Files): Problem {
  if (!problem.file) return problem;
  const file = files.get(problem.file);
  const line = problem.line ?? (file && problem.path ? file.lineOf(problem.path) : undefined);
  return { ...problem, file: display(join(courseDir, problem.file)), ...(line ? { line } : {}), path: undefined };
}

/**
 * Reads one course folder: YAML checked against the JSON Schemas, then the whole course checked
 * by `validateCourse`. Returns the course (when its settings could be read) and every problem.
 */
export function loadCourse(courseDir: string): { course?: Course; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: Files = new Map();
  const settings = readChecked(courseDir, 'course.yaml', 'course', files, problems, true) as CourseSettings | undefined;
  const bank = readChecked(courseDir, 'quiz.yaml', 'quiz', files, problems, true) as { questions?: Question[] } | undefined;
  // Semantic checks assume the shapes the schemas guarantee: stop here if they do not hold.
  if (!settings || !bank || problems.length > 0) return { problems };
  const folder = courseDir.split(/[\\/]/).filter(Boolean).pop();
  if (folder !== settings.id)
    problems.push({
      file: display(join(courseDir, 'course.yaml')),
      line: files.get('course.yaml')?.lineOf(['id']),
      message: `course id ${settings.id} differs from its folder name ${folder}`,
    });
  const texts: Course['texts'] = {};
  for (const lang of LANGUAGES) {
    const text = readText(courseDir, lang, settings, files, problems);
    if (text) texts[lang] = text;
  }
  const course: Course = { settings, questions: (bank.questions ?? []).map(withDefaultPoints), texts, sourceDir: courseDir };
  problems.push(...validateCourse(course).map((problem) => locate(problem, courseDir, files)));
  return { course, problems };
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
  const dirs = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const dir of dirs) {
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
