import { DEFAULT_KEY_REVEAL, type KeyReveal } from '../schema/course.js';
import type { QuizSettings } from '../model/types.js';
import { attemptsLeft } from './attempt-rules.js';

/** What the key-reveal rule reads of a quiz's settings (the course detail view carries the same three). */
export type KeyRevealSettings = Pick<QuizSettings, 'attempts'> & { feedback?: QuizSettings['feedback']; keyReveal?: KeyReveal };

/** The policy in force: `feedback: never` means nothing per question, ever; an unset policy is the default. */
export function keyRevealOf(quiz: Omit<KeyRevealSettings, 'attempts'>): KeyReveal {
  return quiz.feedback === 'never' ? 'never' : (quiz.keyReveal ?? DEFAULT_KEY_REVEAL);
}

/**
 * Whether a learner's results may show what gives the answers away — each question's verdict,
 * share of points, feedback, explanation and right answer (decision 0018) — or only the score and
 * the pass. The one copy of the rule, for the API's result view, the web app's results and the SCO
 * player.
 *
 * `attemptsUsed` counts the learner's *submitted* attempts: an attempt still open is being
 * answered, so while it is open the attempts before it must not count as the last one. `passed`
 * is the learner's pass, kept whatever later attempts did.
 */
export function mayRevealKey(quiz: KeyRevealSettings, attemptsUsed: number, passed: boolean): boolean {
  switch (keyRevealOf(quiz)) {
    case 'never':
      return false;
    case 'after-pass':
      return passed;
    case 'after-last-attempt':
      // A pass ends the attempts too (canStartAttempt), so it is a last attempt.
      return passed || attemptsLeft(quiz.attempts, attemptsUsed) === 0;
  }
}
