/**
 * The trainer workspace's view models (docs/api.md, "Trainer workspace"), shared by the API that
 * sends them and the web app that reads them. Types only. Dates are ISO 8601 strings.
 */
import type { Problem } from '../validation/problem.js';
import type { Course } from './types.js';
import type { EnrolmentView } from './views.js';

export interface CohortView {
  id: string;
  name: string;
  organisation?: string;
  country?: string;
  courseId: string;
  ownerId: string;
  startsAt?: string;
  endsAt?: string;
  dueAt?: string;
  createdAt: string;
  learnerCount: number;
}

export type RosterStatus = 'new-account' | 'existing-account' | 'error';

/** One roster line as the preview (and the commit) reports it. */
export interface RosterRowView {
  /** 1-based line of the CSV text; the header is line 1. */
  line: number;
  name: string;
  email: string;
  language: string;
  status: RosterStatus;
  errors: string[];
}

export interface RosterPreviewView {
  valid: number;
  invalid: number;
  rows: RosterRowView[];
}

export interface LearnerProgressView {
  userId: string;
  name: string;
  email: string;
  country: string | null;
  language: string;
  enrolment: EnrolmentView;
}

export interface CohortProgressView {
  cohortId: string;
  courseId: string;
  counts: { total: number; enrolled: number; inProgress: number; completed: number; overdue: number };
  learners: LearnerProgressView[];
}

export interface LearnerAttemptSummary {
  id: string;
  number: number;
  startedAt: string;
  submittedAt?: string;
  score?: number;
  passed?: boolean;
  language: string;
}

export interface LearnerDetailView extends LearnerProgressView {
  attempts: LearnerAttemptSummary[];
}

/** A choice question's option, or a decision's end (its path through the scenario ends there). */
export interface DistractorView {
  /** The option id; for a decision, the end id. */
  optionId: string;
  /** The option is (one of) the key; for a decision, the end passes. */
  correct: boolean;
  /** Share of this question's answers that chose the option (multiple choice: that ticked it; a decision: that reached the end). */
  rate: number;
}

export interface ItemView {
  questionId: string;
  type: string;
  attempts: number;
  /** Mean fraction of the points earned, 0–1 (higher = easier). */
  facility: number;
  /** Mean fraction in the upper group minus in the lower group, −1–1; null without both groups. */
  discrimination: number | null;
  /** Fewer than 20 attempts: the indices are not to be trusted yet. */
  uncertain: boolean;
  distractors?: DistractorView[];
}

export interface ItemAnalysisView {
  courseId: string;
  attempts: number;
  method: string;
  upperCutoff: number | null;
  lowerCutoff: number | null;
  questions: ItemView[];
}

export interface ResultRowView {
  attemptId: string;
  userId: string;
  learnerName: string;
  email: string;
  language: string;
  country: string | null;
  score: number;
  passed: boolean;
  submittedAt: string;
}

export interface GroupRowView {
  group: string;
  /** Fewer learners than the minimum group size: no figure is given, so nobody can be singled out. */
  suppressed: boolean;
  learners?: number;
  attempts?: number;
  meanScore?: number;
  passRate?: number;
}

/** A trainer-made course as the API returns it: the content in the model's own shape, plus warnings. */
export interface TrainerCourseView {
  id: string;
  ownerId: string;
  title: string;
  questionCount: number;
  publishedVersionId?: string;
  updatedAt: string;
  course: Course;
  /** Warnings only (errors are refused on save). */
  problems: Problem[];
  /**
   * Present on a draft of a curriculum course (decision 0012): `outdated` once the curriculum
   * files have changed since the draft was started (it can no longer be published; start it again).
   */
  adaptation?: { outdated: boolean };
}
