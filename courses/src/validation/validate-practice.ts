import type { Course, Language } from '../model/types.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../model/types.js';
import { isPractice } from '../question-types/decision.js';
import { lessonDecisions } from '../render/render-lesson.js';
import type { Problem } from './problem.js';

const named = (ids: string[]): string => (ids.length ? ids.join(', ') : 'no decision');

/**
 * Lessons' practice blocks (```decision fenced blocks naming a question id): each names a decision
 * of the course's bank marked `practice: true` — a graded question in a lesson would be seen before
 * the quiz —, a translated lesson embeds the same ones as the English, and every practice decision
 * is in some lesson (else a warning: it is never shown).
 */
export function practiceProblems(course: Course): Problem[] {
  const problems: Problem[] = [];
  const bank = new Map(course.questions.map((question) => [question.id, question]));
  const english = new Map<string, string[]>();
  const embedded = new Set<string>();
  // English first: the translations are held to its blocks.
  for (const lang of [DEFAULT_LANGUAGE, ...LANGUAGES.filter((each) => each !== DEFAULT_LANGUAGE)] as Language[]) {
    for (const lessonId of course.settings.lessons ?? []) {
      const markdown = course.texts[lang]?.lessons?.[lessonId]?.markdown;
      if (typeof markdown !== 'string') continue;
      const file = `${lang}/lessons/${lessonId}.md`;
      const blocks = lessonDecisions(markdown);
      for (const { id, line } of blocks) {
        embedded.add(id);
        const question = bank.get(id);
        if (!question) problems.push({ file, line, message: `lesson ${lessonId} embeds decision ${id}, which the question bank does not have` });
        else if (!isPractice(question))
          problems.push({
            file,
            line,
            message: `lesson ${lessonId} embeds ${id}, which is not a practice decision (type: decision, practice: true): a graded question would be seen before the quiz`,
          });
      }
      const ids = blocks.map((block) => block.id);
      if (lang === DEFAULT_LANGUAGE) english.set(lessonId, ids);
      else if (english.has(lessonId) && ids.join() !== english.get(lessonId)!.join())
        problems.push({ file, message: `lesson ${lessonId} embeds ${named(ids)} where the English lesson embeds ${named(english.get(lessonId)!)}` });
    }
  }
  course.questions.forEach((question, index) => {
    if (isPractice(question) && !embedded.has(question.id))
      problems.push({
        file: 'quiz.yaml',
        path: ['questions', index, 'practice'],
        severity: 'warning',
        message: `practice decision ${question.id} is in no lesson`,
      });
  });
  return problems;
}
