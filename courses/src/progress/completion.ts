import type { CompletionRule } from '../model/types.js';

/**
 * The course's completion rule (course.yaml `completion`) applied to one learner's progress: every
 * lesson in `lessonIds` done and, when the rule asks for it, the quiz passed. The one copy of
 * this rule, used by the API (enrolment status, certificates) and the SCORM player alike.
 */
export function meetsCompletionRule(
  rule: CompletionRule,
  lessonIds: readonly string[],
  progress: { lessonsDone: Iterable<string>; quizPassed: boolean },
): boolean {
  const done = new Set(progress.lessonsDone);
  return lessonIds.every((id) => done.has(id)) && (!rule.quizPassed || progress.quizPassed);
}
