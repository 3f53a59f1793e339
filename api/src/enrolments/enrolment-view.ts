import { asLanguage, localizeCourse, meetsCompletionRule, missingForCompletion, type Course, type CourseText } from '@vt/courses';
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

/** What the course's completion rule still needs (the model's one copy), with each lesson's number and title for the learner. */
function missingOf(enrolment: Enrolment, course: Course, text: CourseText): NonNullable<EnrolmentView['missing']> {
  const lessonIds = course.settings.lessons;
  const missing = missingForCompletion(course.settings.completion, lessonIds, { lessonsDone: completedLessons(enrolment), quizPassed: enrolment.quizPassed });
  return {
    lessons: missing.lessons.map((id) => ({ id, number: lessonIds.indexOf(id) + 1, title: text.lessons?.[id]?.title ?? id })),
    quiz: missing.quiz,
  };
}

export function toEnrolmentView(enrolment: Enrolment, course: Course, language: string, certificateCode?: string): EnrolmentView {
  const lessons = completedLessons(enrolment);
  const total = course.settings.lessons.length;
  const text = localizeCourse(course, asLanguage(language)).text;
  return {
    id: enrolment.id,
    courseId: enrolment.courseId,
    courseTitle: text.title,
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
    ...(enrolment.completedAt ? {} : { missing: missingOf(enrolment, course, text) }),
  };
}
