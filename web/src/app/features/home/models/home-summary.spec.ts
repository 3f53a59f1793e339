import type { Certificate, Enrolment } from '../../../core/models/api.models';
import { continueTarget, dueDates, newCertificates } from './home-summary';

function enrolment(id: string, overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    courseId: `course-${id}`,
    courseTitle: `Course ${id}`,
    status: 'in-progress',
    enrolledAt: '2026-11-01T00:00:00Z',
    lessonsCompleted: [],
    totalLessons: 3,
    percent: 0,
    lastSeq: 1,
    attemptsUsed: 0,
    attemptsAllowed: 3,
    quizPassed: false,
    missing: {
      lessons: [
        { id: 'l1', number: 1, title: 'One' },
        { id: 'l2', number: 2, title: 'Two' },
      ],
      quiz: true,
    },
    ...overrides,
  };
}

describe('continueTarget', () => {
  it('goes back to the bookmarked lesson when it is not finished, else the first lesson not finished, else the quiz', () => {
    expect(continueTarget([enrolment('a', { bookmark: 'l2' })], {})).toMatchObject({
      kind: 'lesson',
      lesson: { id: 'l2' },
      link: ['/courses', 'course-a', 'lessons', 'l2'],
    });
    expect(continueTarget([enrolment('a', { bookmark: 'l9' })], {})).toMatchObject({ kind: 'lesson', lesson: { id: 'l1' } });
    expect(continueTarget([enrolment('a', { missing: { lessons: [], quiz: true } })], {})).toMatchObject({
      kind: 'quiz',
      link: ['/courses', 'course-a', 'quiz'],
    });
  });

  it('picks the course last worked on on this device, then the one due soonest, never a completed one', () => {
    const a = enrolment('a', { dueAt: '2026-12-20T00:00:00Z' });
    const b = enrolment('b', { dueAt: '2026-12-10T00:00:00Z' });
    const done = enrolment('c', { completedAt: '2026-11-02T00:00:00Z', status: 'completed', missing: undefined });
    expect(continueTarget([a, b, done], {})?.enrolment.id).toBe('b');
    expect(continueTarget([a, b, done], { a: 2, b: 1, c: 9 })?.enrolment.id).toBe('a');
    expect(continueTarget([done], { c: 9 })).toBeUndefined();
  });
});

describe('dueDates and newCertificates', () => {
  it('lists unfinished courses with a due date, soonest first', () => {
    const list = dueDates([enrolment('a', { dueAt: '2026-12-20T00:00:00Z' }), enrolment('b'), enrolment('c', { dueAt: '2026-12-01T00:00:00Z' })]);
    expect(list.map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('shows certificates of the last 30 days, newest first, not revoked ones', () => {
    const cert = (code: string, issuedAt: string, revoked = false): Certificate => ({
      code,
      courseId: 'x',
      courseTitle: 'X',
      learnerName: 'L',
      issuedAt,
      verifyUrl: '',
      revoked,
    });
    const now = new Date('2026-12-07T00:00:00Z');
    const list = newCertificates(
      [
        cert('old', '2026-10-01T00:00:00Z'),
        cert('new', '2026-12-06T00:00:00Z'),
        cert('mid', '2026-11-20T00:00:00Z'),
        cert('gone', '2026-12-05T00:00:00Z', true),
      ],
      now,
    );
    expect(list.map((c) => c.code)).toEqual(['new', 'mid']);
  });
});
