import type { QuizSettings } from '../model/types.js';

/**
 * The attempt rules, once for the API, the web app and (later) the SCO player: how many attempts
 * are left, that a pass ends the attempts, the time limit with its grace, and that the best score
 * and a pass are kept whatever later attempts do.
 */

/** A submission this long after the deadline still counts: the network, not the learner, was slow. */
export const ATTEMPT_GRACE_MS = 30_000;

/** What the rules need to know of a learner's attempts at one quiz so far. */
export interface AttemptRecord {
  attemptsUsed: number;
  /** The best score so far (percent), or null before the first graded attempt. */
  bestScore: number | null;
  quizPassed: boolean;
}

export type AttemptRefusal = 'passed' | 'no-attempts-left';

/** Attempts still allowed: a number, or 'unlimited'. */
export function attemptsLeft(allowed: QuizSettings['attempts'], attemptsUsed: number): number | 'unlimited' {
  return allowed === 'unlimited' ? 'unlimited' : Math.max(0, allowed - attemptsUsed);
}

/** Whether a new attempt may start: not once the quiz is passed, nor when no attempt is left. */
export function canStartAttempt(
  quiz: Pick<QuizSettings, 'attempts'>,
  record: Pick<AttemptRecord, 'attemptsUsed' | 'quizPassed'>,
): { ok: true } | { ok: false; reason: AttemptRefusal } {
  if (record.quizPassed) return { ok: false, reason: 'passed' };
  if (attemptsLeft(quiz.attempts, record.attemptsUsed) === 0) return { ok: false, reason: 'no-attempts-left' };
  return { ok: true };
}

/** When an attempt started at `startedAt` must be submitted, or null without a time limit. */
export function attemptDeadline(quiz: Pick<QuizSettings, 'timeLimitMinutes'>, startedAt: Date): Date | null {
  return quiz.timeLimitMinutes ? new Date(startedAt.getTime() + quiz.timeLimitMinutes * 60_000) : null;
}

/** Milliseconds left before `deadline` (0 once it has passed), or undefined without one. */
export function timeLeftMs(deadline: Date | string | null | undefined, now: number): number | undefined {
  if (!deadline) return undefined;
  return Math.max(0, new Date(deadline).getTime() - now);
}

/** Past the deadline and its grace: the attempt is scored with no responses. */
export function isPastDeadline(deadline: Date | string | null | undefined, now: number): boolean {
  return !!deadline && now > new Date(deadline).getTime() + ATTEMPT_GRACE_MS;
}

/** The record after one more graded attempt: the best score is kept, and a pass is permanent. */
export function recordAttempt(
  record: Pick<AttemptRecord, 'bestScore' | 'quizPassed'>,
  result: { score: number; passed: boolean },
): Pick<AttemptRecord, 'bestScore' | 'quizPassed'> {
  return { bestScore: Math.max(record.bestScore ?? 0, result.score), quizPassed: record.quizPassed || result.passed };
}
