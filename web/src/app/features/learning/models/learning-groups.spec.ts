import type { Enrolment } from '../../../core/models/api.models';
import { groupEnrolments } from './learning-groups';

const now = new Date('2026-11-23T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
function enrolment(id: string, overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    courseId: 'c',
    courseTitle: id,
    status: 'in-progress',
    enrolledAt: inDays(-10),
    lessonsCompleted: [],
    totalLessons: 5,
    percent: 20,
    lastSeq: 0,
    attemptsUsed: 0,
    attemptsAllowed: 3,
    quizPassed: false,
    ...overrides,
  };
}

describe('groupEnrolments', () => {
  it('puts each enrolment in exactly one list', () => {
    const groups = groupEnrolments(
      [
        enrolment('open'),
        enrolment('soon', { dueAt: inDays(3) }),
        enrolment('later', { dueAt: inDays(30) }),
        enrolment('late', { status: 'overdue', dueAt: inDays(-2) }),
        enrolment('past-due-not-yet-flagged', { dueAt: inDays(-1) }),
        enrolment('done', { status: 'completed', dueAt: inDays(-5), completedAt: inDays(-6) }),
      ],
      now,
    );
    expect(groups.inProgress.map((e) => e.id)).toEqual(['open', 'later']);
    expect(groups.dueSoon.map((e) => e.id)).toEqual(['soon']);
    expect(groups.overdue.map((e) => e.id)).toEqual(['late', 'past-due-not-yet-flagged']);
    expect(groups.completed.map((e) => e.id)).toEqual(['done']);
  });
});
