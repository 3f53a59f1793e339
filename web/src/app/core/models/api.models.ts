/**
 * The API's payloads as docs/api.md defines them. Question, response and result shapes come from
 * the course model (`@vt/courses`) as types only, so none of the model's code enters the bundle.
 */
import type { AttemptResult, Language, LearnerQuestion } from '@vt/courses';

export type Role = 'trainee' | 'trainer' | 'admin';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  language: Language;
  organisation?: string;
  country?: string;
}

export interface CourseSummary {
  id: string;
  version: number;
  course: 'A' | 'B';
  topic: string;
  level: string;
  estimatedMinutes: number;
  title: string;
  summary: string;
  language: Language;
  fallback: boolean;
  languages: Language[];
  lessonCount: number;
  /** Approximate size of the course's lessons in bytes, shown to learners on slow links. */
  downloadBytes: number;
}

export interface LessonRef {
  id: string;
  title: string;
  objectives: string[];
}

export interface QuizInfo {
  passMark: number;
  attempts: number | 'unlimited';
  questionCount: number;
  timeLimitMinutes?: number;
}

export interface CourseDetail extends CourseSummary {
  objectives: string[];
  lessons: LessonRef[];
  glossary: { id: string; term: string; definition: string }[];
  quiz: QuizInfo;
  enrolment?: Enrolment;
}

export interface Lesson {
  id: string;
  courseId: string;
  title: string;
  objectives: string[];
  /** Sanitised by the API with the course model's renderer. */
  html: string;
  language: Language;
  fallback: boolean;
  previous?: string;
  next?: string;
}

export type EnrolmentStatus = 'enrolled' | 'in-progress' | 'completed' | 'overdue';

export interface Enrolment {
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

export interface Attempt {
  id: string;
  enrolmentId: string;
  number: number;
  startedAt: string;
  deadline?: string;
  submittedAt?: string;
  language: Language;
  questions: LearnerQuestion[];
  result?: AttemptResult;
}

export interface Certificate {
  code: string;
  courseId: string;
  courseTitle: string;
  learnerName: string;
  issuedAt: string;
  expiresAt?: string;
  verifyUrl: string;
  revoked: boolean;
}

export interface Verification {
  status: 'valid' | 'revoked' | 'expired' | 'unknown';
  learnerName?: string;
  courseTitle?: string;
  issuedAt?: string;
  expiresAt?: string;
}
