import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Course, CourseText, Curriculum, Language, LessonText, Question } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { CurriculumError, type Problem } from '../validation/problem.js';
import { validateCourse } from '../validation/validate-course.js';

function readYaml(file: string, problems: Problem[]): unknown {
  if (!existsSync(file)) {
    problems.push({ file, message: 'is missing' });
    return undefined;
  }
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function readText(courseDir: string, lang: Language, problems: Problem[]): CourseText | undefined {
  const langDir = join(courseDir, lang);
  if (!existsSync(langDir)) return undefined;
  const course = (readYaml(join(langDir, 'course.yaml'), problems) ?? {}) as Partial<CourseText> & {
    lessons?: Record<string, Omit<LessonText, 'markdown'>>;
  };
  const quizFile = join(langDir, 'quiz.yaml');
  const quiz = (existsSync(quizFile) ? readYaml(quizFile, problems) : {}) as { questions?: CourseText['questions'] };
  const lessons: Record<string, LessonText> = {};
  for (const [id, lesson] of Object.entries(course.lessons ?? {})) {
    const file = join(langDir, 'lessons', `${id}.md`);
    lessons[id] = { ...lesson, markdown: existsSync(file) ? readFileSync(file, 'utf8') : '' };
  }
  return {
    title: course.title ?? '',
    summary: course.summary ?? '',
    objectives: course.objectives ?? [],
    lessons,
    glossary: course.glossary ?? {},
    questions: quiz?.questions ?? {},
  };
}

function withDefaultPoints(question: Question): Question {
  const points = question.points ?? 1;
  if (question.type === 'scenario') {
    return { ...question, points, parts: question.parts.map((part) => ({ ...part, points: part.points ?? 1 })) };
  }
  return { ...question, points };
}

/** Reads one course folder; returns the course and the problems found (empty when valid). */
export function loadCourse(courseDir: string): { course?: Course; problems: Problem[] } {
  const problems: Problem[] = [];
  const settings = readYaml(join(courseDir, 'course.yaml'), problems) as Course['settings'] | undefined;
  const bank = readYaml(join(courseDir, 'quiz.yaml'), problems) as { questions?: Question[] } | undefined;
  if (!settings || typeof settings !== 'object') return { problems };
  const texts: Course['texts'] = {};
  for (const lang of LANGUAGES) {
    const text = readText(courseDir, lang, problems);
    if (text) texts[lang] = text;
  }
  const course: Course = {
    settings,
    questions: (bank?.questions ?? []).map(withDefaultPoints),
    texts,
    sourceDir: courseDir,
  };
  problems.push(...validateCourse(course));
  return { course, problems };
}

/** Loads every course under `contentDir`; throws a CurriculumError listing every problem found. */
export function loadCurriculum(contentDir: string): Curriculum {
  const problems: Problem[] = [];
  const courses: Course[] = [];
  const dirs = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  for (const dir of dirs) {
    const result = loadCourse(join(contentDir, dir));
    problems.push(...result.problems);
    if (result.course) courses.push(result.course);
  }
  if (problems.length > 0) throw new CurriculumError(problems);
  return { courses };
}
