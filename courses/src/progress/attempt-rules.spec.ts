import fc from 'fast-check';
import { ATTEMPT_GRACE_MS, attemptDeadline, attemptsLeft, canStartAttempt, isPastDeadline, recordAttempt, timeLeftMs } from './attempt-rules.js';

describe('canStartAttempt', () => {
  it('lets a learner start while attempts are left', () => {
    expect(canStartAttempt({ attempts: 3 }, { attemptsUsed: 2, quizPassed: false })).toEqual({ ok: true });
  });

  it('refuses once every attempt is used', () => {
    expect(canStartAttempt({ attempts: 3 }, { attemptsUsed: 3, quizPassed: false })).toEqual({ ok: false, reason: 'no-attempts-left' });
  });

  it('never runs out with unlimited attempts', () => {
    expect(canStartAttempt({ attempts: 'unlimited' }, { attemptsUsed: 500, quizPassed: false })).toEqual({ ok: true });
  });

  it('refuses a new attempt once the quiz is passed, attempts left or not', () => {
    expect(canStartAttempt({ attempts: 'unlimited' }, { attemptsUsed: 1, quizPassed: true })).toEqual({ ok: false, reason: 'passed' });
    expect(canStartAttempt({ attempts: 3 }, { attemptsUsed: 3, quizPassed: true })).toEqual({ ok: false, reason: 'passed' });
  });
});

describe('attemptsLeft', () => {
  it('counts down and never goes below zero', () => {
    expect([attemptsLeft(3, 0), attemptsLeft(3, 2), attemptsLeft(3, 5), attemptsLeft('unlimited', 9)]).toEqual([3, 1, 0, 'unlimited']);
  });
});

describe('time limit', () => {
  const started = new Date('2026-01-01T10:00:00Z');

  it('sets the deadline timeLimitMinutes after the start, and none without a limit', () => {
    expect(attemptDeadline({ timeLimitMinutes: 30 }, started)?.toISOString()).toBe('2026-01-01T10:30:00.000Z');
    expect(attemptDeadline({}, started)).toBeNull();
  });

  it('counts the time left down to zero', () => {
    const deadline = attemptDeadline({ timeLimitMinutes: 1 }, started)!;
    expect(timeLeftMs(deadline.toISOString(), started.getTime() + 20_000)).toBe(40_000);
    expect(timeLeftMs(deadline, deadline.getTime() + 5)).toBe(0);
    expect(timeLeftMs(null, 0)).toBeUndefined();
  });

  it('still takes a submission within the grace after the deadline', () => {
    const deadline = attemptDeadline({ timeLimitMinutes: 1 }, started)!;
    expect(isPastDeadline(deadline, deadline.getTime() + ATTEMPT_GRACE_MS)).toBe(false);
    expect(isPastDeadline(deadline, deadline.getTime() + ATTEMPT_GRACE_MS + 1)).toBe(true);
    expect(isPastDeadline(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});

describe('recordAttempt', () => {
  it('keeps the best score and starts from none', () => {
    expect(recordAttempt({ bestScore: null, quizPassed: false }, { score: 40, passed: false })).toEqual({ bestScore: 40, quizPassed: false });
    expect(recordAttempt({ bestScore: 80, quizPassed: true }, { score: 10, passed: false })).toEqual({ bestScore: 80, quizPassed: true });
  });

  it('never lowers the best score nor takes a pass away, whatever the order of attempts', () => {
    const result = fc.record({ score: fc.double({ min: 0, max: 100, noNaN: true }), passed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 10 }), (results) => {
        let record: { bestScore: number | null; quizPassed: boolean } = { bestScore: null, quizPassed: false };
        for (const next of results) {
          const after = recordAttempt(record, next);
          expect(after.bestScore).toBeGreaterThanOrEqual(record.bestScore ?? 0);
          if (record.quizPassed) expect(after.quizPassed).toBe(true);
          record = after;
        }
        expect(record.bestScore).toBe(Math.max(...results.map((r) => r.score)));
        expect(record.quizPassed).toBe(results.some((r) => r.passed));
      }),
    );
  });
});
