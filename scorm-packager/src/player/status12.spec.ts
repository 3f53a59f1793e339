import fc from 'fast-check';
import { report12, type CourseProgress12 } from './status12.js';

const progress = (over: Partial<CourseProgress12>): CourseProgress12 => ({
  lessonsRead: false,
  quizRequired: true,
  quizPassed: false,
  quizAttempted: false,
  attemptsLeft: true,
  ...over,
});

describe('SCORM 1.2 lesson_status from the course progress', () => {
  it.each([
    ['nothing done', progress({}), { status: 'incomplete' }],
    ['lessons read, no quiz yet', progress({ lessonsRead: true }), { status: 'incomplete' }],
    ['quiz failed, attempts left: score held back', progress({ quizAttempted: true }), { status: 'incomplete', scoreRaw: '' }],
    ['quiz failed, lessons read, attempts left', progress({ quizAttempted: true, lessonsRead: true }), { status: 'incomplete', scoreRaw: '' }],
    ['quiz failed, no attempts left', progress({ quizAttempted: true, attemptsLeft: false }), { status: 'failed' }],
    ['quiz failed, lessons read, no attempts left', progress({ quizAttempted: true, lessonsRead: true, attemptsLeft: false }), { status: 'failed' }],
    [
      'quiz passed, lessons unread: score held back',
      progress({ quizAttempted: true, quizPassed: true, passedScore: 90 }),
      { status: 'incomplete', scoreRaw: '' },
    ],
    [
      'quiz passed, lessons read',
      progress({ quizAttempted: true, quizPassed: true, passedScore: 90, lessonsRead: true }),
      { status: 'passed', scoreRaw: '90' },
    ],
    ['no quiz required, lessons read', progress({ quizRequired: false, lessonsRead: true }), { status: 'completed' }],
  ])('%s', (_, input, expected) => {
    expect(report12(input)).toEqual(expected);
  });

  it('never lets an LMS applying the mastery score see a pass before the completion rule is met', () => {
    const mastery = 70;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: mastery, max: 100 }),
        (lessonsRead, quizPassed, quizAttempted, attemptsLeft, score) => {
          const report = report12({
            lessonsRead,
            quizRequired: true,
            quizPassed,
            quizAttempted: quizAttempted || quizPassed,
            attemptsLeft,
            passedScore: quizPassed ? score : undefined,
          });
          const met = lessonsRead && quizPassed;
          // What the LMS ends with: its mastery rule wins whenever a score is present.
          const raw = report.scoreRaw;
          const lmsStatus = raw !== undefined && raw !== '' ? (Number(raw) >= mastery ? 'passed' : 'failed') : report.status;
          expect(lmsStatus === 'passed').toBe(met);
          expect(report.status === 'passed').toBe(met);
        },
      ),
    );
  });

  it('ends an attempt (failed, which Moodle relaunches in review mode) only when no attempt is left', () => {
    const mastery = 70;
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: mastery - 1 }), (lessonsRead, attemptsLeft, failing) => {
        const report = report12({ lessonsRead, quizRequired: true, quizPassed: false, quizAttempted: true, attemptsLeft });
        // The player writes the attempt's own score where the report leaves it undefined.
        const raw = report.scoreRaw ?? String(failing);
        const lmsStatus = raw !== '' ? (Number(raw) >= mastery ? 'passed' : 'failed') : report.status;
        expect(lmsStatus === 'failed').toBe(!attemptsLeft);
      }),
    );
  });
});
