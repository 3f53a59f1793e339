import type { Certificate, Enrolment } from '../../../core/models/api.models';

/** Where "Continue" takes a learner: a lesson not yet finished, or the quiz. */
export type ContinueTarget =
  | { enrolment: Enrolment; kind: 'lesson'; lesson: { id: string; number: number; title: string }; link: string[] }
  | { enrolment: Enrolment; kind: 'quiz'; link: string[] };

/** A certificate counts as new on the home page for this many days after it was issued. */
export const NEW_CERTIFICATE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The course to continue: among those not complete, the one this device last recorded progress on
 * (`lastActive`, enrolment id → time), else the one with a due date soonest, else the one enrolled
 * on last. Inside it, the bookmarked lesson if it is not finished, else the first lesson not
 * finished, else the quiz.
 */
export function continueTarget(enrolments: readonly Enrolment[], lastActive: Readonly<Record<string, number>>): ContinueTarget | undefined {
  const open = enrolments.filter((e) => !e.completedAt && e.missing && (e.missing.lessons.length > 0 || e.missing.quiz));
  const due = (e: Enrolment) => (e.dueAt ? Date.parse(e.dueAt) : Infinity);
  const chosen = [...open].sort(
    (a, b) => (lastActive[b.id] ?? 0) - (lastActive[a.id] ?? 0) || due(a) - due(b) || Date.parse(b.enrolledAt) - Date.parse(a.enrolledAt),
  )[0];
  if (!chosen?.missing) return undefined;
  const lessons = chosen.missing.lessons;
  const lesson = lessons.find((l) => l.id === chosen.bookmark) ?? lessons[0];
  if (lesson) return { enrolment: chosen, kind: 'lesson', lesson, link: ['/courses', chosen.courseId, 'lessons', lesson.id] };
  return { enrolment: chosen, kind: 'quiz', link: ['/courses', chosen.courseId, 'quiz'] };
}

/** Courses not complete that have a due date, soonest first. */
export function dueDates(enrolments: readonly Enrolment[]): Enrolment[] {
  return enrolments.filter((e) => !e.completedAt && e.dueAt).sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''));
}

/** Certificates issued in the last NEW_CERTIFICATE_DAYS days, newest first. */
export function newCertificates(certificates: readonly Certificate[], now: Date): Certificate[] {
  return certificates
    .filter((c) => !c.revoked && now.getTime() - Date.parse(c.issuedAt) <= NEW_CERTIFICATE_DAYS * DAY_MS)
    .sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt));
}
