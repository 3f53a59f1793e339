/**
 * The API's view models (docs/api.md), shared by the API that sends them and the web app that
 * reads them, so the two cannot drift apart. Types only: nothing here runs. Dates are ISO 8601
 * strings, as they travel in JSON.
 */
import type { KeyReveal } from '../schema/course.js';
import type { AttemptResult, Language, LearnerQuestion, PracticeDecisionView } from './types.js';

export type RoleName = 'trainee' | 'trainer' | 'admin';

/** An account as others may see it: never the password hash, never the self-declared gender. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: RoleName;
  language: Language;
  organisation?: string;
  country?: string;
}

export interface CourseSummaryView {
  id: string;
  version: number;
  course: 'A' | 'B';
  topic: string;
  level: string;
  estimatedMinutes: number;
  title: string;
  summary: string;
  /** The language served: the one asked for when the course has text in it, else English. */
  language: Language;
  /** True when any of the text fell back to English. */
  fallback: boolean;
  /** Languages the course is complete in. */
  languages: Language[];
  lessonCount: number;
  /** Approximate size of the course's lessons in bytes, shown to learners on slow links. */
  downloadBytes: number;
}

export interface CourseDetailView extends CourseSummaryView {
  objectives: string[];
  lessons: { id: string; title: string; objectives: string[] }[];
  glossary: { id: string; term: string; definition: string }[];
  /** `keyReveal`: the policy in force (`feedback: never` shows as `never`), for saying when answers are shown. */
  quiz: { passMark: number; attempts: number | 'unlimited'; questionCount: number; timeLimitMinutes?: number; keyReveal: KeyReveal };
  enrolment?: EnrolmentView;
}

export interface LessonView {
  id: string;
  courseId: string;
  title: string;
  objectives: string[];
  /** Sanitised by the API with the course model's renderer. */
  html: string;
  /** The practice decisions the lesson embeds, ungraded: one per `<div class="decision-block" data-decision="id">` in `html`, in its order. */
  decisions?: PracticeDecisionView[];
  language: Language;
  fallback: boolean;
  previous?: string;
  next?: string;
}

export type EnrolmentStatus = 'enrolled' | 'in-progress' | 'completed' | 'overdue';

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
  /** The lesson id of the learner's latest progress update. */
  bookmark?: string;
  lastSeq: number;
  attemptsUsed: number;
  attemptsAllowed: number | 'unlimited';
  bestScore?: number;
  quizPassed: boolean;
  certificateCode?: string;
  /**
   * While the course is not complete: what its completion rule still needs — each lesson not yet
   * finished (its 1-based number in the course and its title in the learner's language), and
   * whether a quiz pass is still needed. Absent once the course is complete.
   */
  missing?: { lessons: { id: string; number: number; title: string }[]; quiz: boolean };
}

export interface AttemptView {
  id: string;
  enrolmentId: string;
  number: number;
  startedAt: string;
  deadline?: string;
  submittedAt?: string;
  language: Language;
  /** As the learner sees them: no answer keys, no feedback. */
  questions: LearnerQuestion[];
  result?: AttemptResult;
}

export interface CertificateView {
  code: string;
  courseId: string;
  courseTitle: string;
  learnerName: string;
  issuedAt: string;
  expiresAt?: string;
  verifyUrl: string;
  revoked: boolean;
}

/** What a third party needs to trust a certificate, and nothing more. */
export interface VerificationView {
  status: 'valid' | 'revoked' | 'expired' | 'unknown';
  learnerName?: string;
  courseTitle?: string;
  issuedAt?: string;
  expiresAt?: string;
}
