import type { CompletionRule } from '../model/types.js';

/**
 * What a learner's device reports about one lesson: `viewed` when it opens (moves the bookmark),
 * `reached-end` when the learner reaches its end (scrolls to the end of the text, or presses Next
 * or Finish on it), and `completed`, the explicit "Mark as completed" of earlier versions of the
 * web app, still accepted from progress queued on a phone before the update.
 */
export const PROGRESS_EVENTS = ['viewed', 'reached-end', 'completed'] as const;
export type ProgressEventName = (typeof PROGRESS_EVENTS)[number];

/**
 * The lesson rule: a lesson counts as completed once the learner has reached its end; there is no
 * separate button to find. Opening a lesson is not reading it, so `viewed` does not count.
 */
export function completesLesson(event: ProgressEventName): boolean {
  return event !== 'viewed';
}

/** What still stands between a learner and the course's completion: lessons not finished, in course order, and the quiz. */
export interface MissingForCompletion {
  lessons: string[];
  /** True when the rule asks for a pass and the learner has not passed yet. */
  quiz: boolean;
}

/** The course's completion rule (course.yaml `completion`) applied to one learner's progress: what is missing. */
export function missingForCompletion(
  rule: CompletionRule,
  lessonIds: readonly string[],
  progress: { lessonsDone: Iterable<string>; quizPassed: boolean },
): MissingForCompletion {
  const done = new Set(progress.lessonsDone);
  return { lessons: lessonIds.filter((id) => !done.has(id)), quiz: rule.quizPassed && !progress.quizPassed };
}

/**
 * The course's completion rule applied to one learner's progress: every lesson in `lessonIds`
 * done and, when the rule asks for it, the quiz passed. The one copy of this rule, used by the API
 * (enrolment status, certificates) and the SCORM player alike.
 */
export function meetsCompletionRule(
  rule: CompletionRule,
  lessonIds: readonly string[],
  progress: { lessonsDone: Iterable<string>; quizPassed: boolean },
): boolean {
  const missing = missingForCompletion(rule, lessonIds, progress);
  return missing.lessons.length === 0 && !missing.quiz;
}
