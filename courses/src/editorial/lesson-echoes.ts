import type { Course } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { isPractice } from '../question-types/decision.js';
import type { Problem } from '../validation/problem.js';
import { questionStems, textPieces } from './course-texts.js';
import { ECHO_WORDS, firstSharedStretch, lineAt, runKeys, words } from './words.js';

/**
 * A quiz tests whether the learner can apply a lesson to a new situation, not whether they
 * recognise its sentences: a question's stem (or a scenario part's) that shares ECHO_WORDS or more
 * consecutive words with a lesson of its course, in the same language, is an error. A lesson's
 * practice decision is exempt: it is the lesson's own story, told as choices.
 */
export function lessonEchoProblems(course: Course): Problem[] {
  const problems: Problem[] = [];
  const practice = new Set(course.questions.filter(isPractice).map((question) => question.id));
  for (const lang of LANGUAGES) {
    // run key → where it first occurs (the line is counted only for a problem: counting it for every run is quadratic)
    const runs = new Map<string, { lesson: string; text: string; offset: number }>();
    for (const piece of textPieces(course, lang)) {
      if (!piece.lesson) continue;
      const list = words(piece.text);
      runKeys(list).forEach((key, index) => {
        if (!runs.has(key)) runs.set(key, { lesson: piece.lesson!, text: piece.text, offset: list[index].start });
      });
    }
    for (const { question, piece } of questionStems(course, lang)) {
      if (practice.has(question)) continue;
      const shared = firstSharedStretch(piece.text, words(piece.text), (key) => runs.has(key));
      if (!shared) continue;
      const source = runs.get(shared.firstKey)!;
      problems.push({
        file: piece.file,
        path: piece.path,
        message: `question ${question} repeats ${shared.words} consecutive words of lesson ${source.lesson} (line ${lineAt(source.text, source.offset)}): "${shared.excerpt}" — set a new situation (at most ${ECHO_WORDS - 1} words in common)`,
      });
    }
  }
  return problems;
}
