import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { editorialProblems, findLegalMarkers, reviewRecordProblems, TERMS_FOLDER, type DatedStatement, type FixedTerms } from '../editorial/index.js';
import type { Course } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

const display = (file: string) => relative(process.cwd(), file) || '.';

/** `<content>/terms/<lang>.yaml`, each a map of term id → wording; a missing file is no terms. */
function readFixedTerms(contentDir: string, problems: Problem[]): FixedTerms {
  const terms: FixedTerms = {};
  for (const lang of LANGUAGES) {
    const file = join(contentDir, TERMS_FOLDER, `${lang}.yaml`);
    const yaml = readYamlFile(file, display(file), problems, false);
    if (yaml === undefined) continue;
    if (yaml.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data)) terms[lang] = yaml.data as Record<string, string>;
    else problems.push({ file: display(file), message: 'must map each term id to its wording' });
  }
  return terms;
}

/** The review index and the records beside it in review/ (see courses/REVIEW.md). */
function reviewProblems(indexFile: string, courses: Course[]): Problem[] {
  const folder = join(dirname(indexFile), 'review');
  const records = existsSync(folder)
    ? Object.fromEntries(
        readdirSync(folder)
          .filter((name) => name.endsWith('.md'))
          .map((name) => [name.slice(0, -3), readFileSync(join(folder, name), 'utf8')]),
      )
    : {};
  const index = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined;
  const statements: Record<string, DatedStatement[]> = {};
  for (const course of courses) {
    const seen = new Set<string>();
    for (const [lesson, text] of Object.entries(course.texts.en?.lessons ?? {})) {
      for (const marker of findLegalMarkers(text.markdown)) {
        if (!marker.jurisdiction || !marker.date || seen.has(`${marker.jurisdiction}|${marker.date}`)) continue;
        seen.add(`${marker.jurisdiction}|${marker.date}`);
        (statements[course.settings.id] ??= []).push({ jurisdiction: marker.jurisdiction, date: marker.date, where: lesson });
      }
    }
  }
  return reviewRecordProblems(
    courses.map((course) => course.settings.id),
    { indexFile: display(indexFile), index, recordsFolder: display(folder), records },
    statements,
  );
}

/**
 * The editorial checks of the curriculum under `contentDir` (courses as loaded by
 * `inspectCurriculum`), with each problem's file shown from the working directory and a YAML key's
 * line found; `reviewIndex`, when given, is courses/REVIEW.md, and every course needs its record.
 */
export function inspectEditorial(contentDir: string, courses: Course[], reviewIndex?: string): Problem[] {
  const problems: Problem[] = [];
  const terms = readFixedTerms(contentDir, problems);
  const files = new Map<string, YamlFile | undefined>();
  const lineOf = (file: string, path: (string | number)[]) => {
    if (!files.has(file)) files.set(file, readYamlFile(join(contentDir, file), file, [], false));
    return files.get(file)?.lineOf(path);
  };
  for (const problem of editorialProblems(courses, terms)) {
    const line = problem.line ?? (problem.file && problem.path ? lineOf(problem.file, problem.path) : undefined);
    problems.push({ ...problem, file: problem.file && display(join(contentDir, problem.file)), ...(line ? { line } : {}), path: undefined });
  }
  if (reviewIndex) problems.push(...reviewProblems(reviewIndex, courses));
  return problems;
}
