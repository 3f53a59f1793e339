import fc from 'fast-check';
import { KEY_REVEAL_POLICIES } from '../schema/course.js';
import { canStartAttempt } from './attempt-rules.js';
import { keyRevealOf, mayRevealKey } from './key-reveal.js';

describe('mayRevealKey', () => {
  const quiz = { attempts: 3, feedback: 'after-submit' as const };

  it('after-last-attempt (the default): not while an attempt is left, then yes; a pass is a last attempt', () => {
    expect([0, 1, 2, 3].map((used) => mayRevealKey(quiz, used, false))).toEqual([false, false, false, true]);
    expect(mayRevealKey({ ...quiz, keyReveal: 'after-last-attempt' }, 2, false)).toBe(false);
    expect(mayRevealKey(quiz, 1, true)).toBe(true);
  });

  it('after-last-attempt with unlimited attempts: only a pass ends them', () => {
    expect(mayRevealKey({ ...quiz, attempts: 'unlimited' }, 10_000, false)).toBe(false);
    expect(mayRevealKey({ ...quiz, attempts: 'unlimited' }, 1, true)).toBe(true);
  });

  it('after-pass: running out of attempts reveals nothing, a pass does', () => {
    expect(mayRevealKey({ ...quiz, keyReveal: 'after-pass' }, 3, false)).toBe(false);
    expect(mayRevealKey({ ...quiz, keyReveal: 'after-pass' }, 1, true)).toBe(true);
  });

  it('never, and feedback: never whatever the policy says', () => {
    expect(mayRevealKey({ ...quiz, keyReveal: 'never' }, 3, true)).toBe(false);
    expect(mayRevealKey({ attempts: 3, feedback: 'never', keyReveal: 'after-pass' }, 3, true)).toBe(false);
    expect(keyRevealOf({ feedback: 'never', keyReveal: 'after-pass' })).toBe('never');
    expect(keyRevealOf({ feedback: 'after-submit' })).toBe('after-last-attempt');
  });

  it('never reveals while the learner may still start an attempt (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEY_REVEAL_POLICIES),
        fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant('unlimited' as const)),
        fc.nat(30),
        fc.boolean(),
        (keyReveal, attempts, attemptsUsed, quizPassed) => {
          const settings = { attempts, feedback: 'after-submit' as const, keyReveal };
          if (canStartAttempt(settings, { attemptsUsed, quizPassed }).ok) expect(mayRevealKey(settings, attemptsUsed, quizPassed)).toBe(false);
        },
      ),
    );
  });
});
