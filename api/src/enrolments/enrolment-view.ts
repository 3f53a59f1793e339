import { asLanguage, localizeCourse, meetsCompletionRule, type Course } from '@vt/courses';
import type { Enrolment } from './enrolment.entity.js';

/** Contract types (docs/api.md), defined once in the course model for the API and the web app. */
export type { EnrolmentStatus, EnrolmentView } from '@vt/courses';
import type { EnrolmentStatus, EnrolmentView } from '@vt/courses';

export { asLanguage } from '@vt/courses';

export function completedLessons(enrolment: Enrolment): string[] {
  return JSON.parse(enrolment.lessonsCompleted) as string[];
}

export function statusOf(enrolment: Enrolment, now = new Date()): EnrolmentStatus {
  if (enrolment.completedAt) return 'completed';
  if (enrolment.dueAt && enrolment.dueAt.getTime() < now.getTime()) return 'overdue';
  return enrolment.lastSeq > 0 || enrolment.attemptsUsed > 0 ? 'in-progress' : 'enrolled';
}

/** The course's completion rule (the model's one copy) applied to one enrolment. */
export function hasCompleted(course: Course, enrolment: Enrolment): boolean {
  return meetsCompletionRule(course.settings.completion, course.settings.lessons, {
    lessonsDone: completedLessons(enrolment),
    quizPassed: enrolment.quizPassed,
  });
}

export function toEnrolmentView(enrolment: Enrolment, course: Course, language: string, certificateCode?: string): EnrolmentView {
  const lessons = completedLessons(enrolment);
  const total = course.settings.lessons.length;
  return {
    id: enrolment.id,
    courseId: enrolment.courseId,
    courseTitle: localizeCourse(course, asLanguage(language)).text.title,
    status: statusOf(enrolment),
    enrolledAt: enrolment.enrolledAt.toISOString(),
    ...(enrolment.dueAt ? { dueAt: enrolment.dueAt.toISOString() } : {}),
    ...(enrolment.completedAt ? { completedAt: enrolment.completedAt.toISOString() } : {}),
    lessonsCompleted: lessons,
    totalLessons: total,
    percent: total === 0 ? 0 : Math.round((lessons.length / total) * 100),
    ...(enrolment.bookmark ? { bookmark: enrolment.bookmark } : {}),
    lastSeq: enrolment.lastSeq,
    attemptsUsed: enrolment.attemptsUsed,
    attemptsAllowed: course.settings.quiz.attempts,
    ...(enrolment.bestScore !== null ? { bestScore: enrolment.bestScore } : {}),
    quizPassed: enrolment.quizPassed,
    ...(certificateCode ? { certificateCode } : {}),
  };
}
