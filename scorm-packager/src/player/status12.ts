/**
 * SCORM 1.2 has one status for two questions (is the course done? was the quiz passed?), and an
 * LMS given `adlcp:masteryscore` may overwrite that status from `cmi.core.score.raw` (passed when
 * raw ≥ mastery, failed otherwise) whenever a score is present. Our completion rule is "every
 * lesson read and the quiz passed", so a passed quiz with lessons unread must stay `incomplete` in
 * every LMS: the SCO holds the passing score back (score.raw blank, which 1.2 allows) until the
 * last lesson is read, then reports `passed` with it. Moodle also treats `failed` as an ended
 * attempt (its next launch is review mode), and its mastery rule turns `incomplete` with a failing
 * score into `failed` at LMSFinish, so while attempts remain a failed attempt is reported as
 * `incomplete` with score.raw blank (the attempt stays in suspend_data); `failed` with the score
 * only once none remain. See the README ("SCORM 1.2 status").
 */
export interface CourseProgress12 {
  /** Every lesson has been opened. */
  lessonsRead: boolean;
  /** The completion rule asks for a passed quiz as well as the lessons. */
  quizRequired: boolean;
  /** The quiz has been passed, in any attempt. */
  quizPassed: boolean;
  /** At least one attempt has been submitted. */
  quizAttempted: boolean;
  /** Another attempt may still be submitted. */
  attemptsLeft: boolean;
  /** The passing attempt's score (percent), once passed. */
  passedScore?: number;
}

export type LessonStatus12 = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface Report12 {
  status: LessonStatus12;
  /** The score.raw to write: a number as text, '' to withhold it, undefined to leave the attempt's own. */
  scoreRaw?: string;
}

export function report12(progress: CourseProgress12): Report12 {
  if (progress.quizPassed) {
    // Blank, not the score: a score at or above the mastery score would let the LMS say "passed".
    return progress.lessonsRead ? { status: 'passed', scoreRaw: String(progress.passedScore ?? '') } : { status: 'incomplete', scoreRaw: '' };
  }
  if (progress.quizAttempted && progress.quizRequired) {
    // Blank while attempts remain: a failing score would make the LMS say "failed", an ended attempt.
    return progress.attemptsLeft ? { status: 'incomplete', scoreRaw: '' } : { status: 'failed' };
  }
  if (progress.lessonsRead && !progress.quizRequired) return { status: 'completed' };
  return { status: 'incomplete' };
}
