import { localizeCourse, LANGUAGES, meetsCompletionRule, type Course, type Language } from '@vt/courses';
import type { Enrolment } from './enrolment.entity.js';

export type EnrolmentStatus = 'enrolled' | 'in-progress' | 'completed' | 'overdue';

/** Contract type `Enrolment` (docs/api.md). */
export interface EnrolmentView {
  id: string;
  courseId: string;
  courseTitle: string;
  status: EnrolmentStatus;
  enrolledAt: string;
  dueAt?: string;
  completedAt?: string;
  lessonsCompleted: string[];
  totalLessons: number;
  percent: number;
  bookmark?: string;
  lastSeq: number;
  attemptsUsed: number;
  attemptsAllowed: number | 'unlimited';
  bestScore?: number;
  quizPassed: boolean;
  certificateCode?: string;
}

export function asLanguage(value: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}

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
