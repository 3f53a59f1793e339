import type { Course, Language } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { courseFolder, questionStems } from './course-texts.js';
import { ECHO_WORDS, firstSharedStretch, runKeys, words } from './words.js';

/**
 * The same item twice is one item: two questions anywhere in the curriculum whose stems share
 * ECHO_WORDS or more consecutive words in the same language are an error, reported once, on the
 * later question (courses in the order given, questions in file order).
 */
export function questionEchoProblems(courses: Course[]): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGUAGES as readonly Language[]) {
    // run key → "<course folder> <question id>" of the first question that has it
    const owners = new Map<string, string>();
    const reported = new Set<string>();
    for (const course of courses) {
      for (const { question, piece } of questionStems(course, lang)) {
        const self = `${courseFolder(course)} ${question}`;
        const list = words(piece.text);
        const others = new Set(runKeys(list).flatMap((key) => (owners.has(key) && owners.get(key) !== self ? [owners.get(key)!] : [])));
        for (const other of others) {
          if (reported.has(`${self} ${other}`)) continue;
          reported.add(`${self} ${other}`);
          const shared = firstSharedStretch(piece.text, list, (key) => owners.get(key) === other)!;
          const [folder, id] = other.split(' ');
          problems.push({
            file: piece.file,
            path: piece.path,
            message: `question ${question} shares ${shared.words} consecutive words with question ${id} (${folder}): "${shared.excerpt}" — ask each thing once (at most ${ECHO_WORDS - 1} words in common)`,
          });
        }
        // A question's stems (a scenario's and its parts') share an owner: they are not compared with each other.
        for (const key of runKeys(list)) if (!owners.has(key)) owners.set(key, self);
      }
    }
  }
  return problems;
}
