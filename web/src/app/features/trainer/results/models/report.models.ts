/** The trainer API's report shapes (docs/api.md, "Trainer workspace"). */
import type { Enrolment } from '../../../../core/models/api.models';

export interface LearnerProgress {
  userId: string;
  name: string;
  email: string;
  country?: string | null;
  language: string;
  enrolment: Enrolment;
}

export interface CohortProgress {
  cohortId: string;
  courseId: string;
  counts: { total: number; enrolled: number; inProgress: number; completed: number; overdue: number };
  learners: LearnerProgress[];
}

export interface LearnerAttempt {
  id: string;
  number: number;
  startedAt: string;
  submittedAt?: string;
  score?: number;
  passed?: boolean;
  language: string;
}

export interface LearnerDetail extends LearnerProgress {
  attempts: LearnerAttempt[];
}

export interface ReportFilter {
  courseId: string;
  cohortId?: string;
  country?: string;
  lang?: string;
}

export interface Distractor {
  optionId: string;
  correct: boolean;
  /** Share of the question's answers choosing it, 0–1. */
  rate: number;
}

export interface ItemStats {
  questionId: string;
  type: string;
  attempts: number;
  /** Mean fraction of the points earned, 0–1. */
  facility: number;
  /** Upper group minus lower group, −1–1; null when either group is empty. */
  discrimination: number | null;
  /** Fewer than 20 attempts: the API marks the indices as not to be trusted yet. */
  uncertain: boolean;
  distractors?: Distractor[];
}

export interface ItemAnalysis {
  courseId: string;
  attempts: number;
  method: string;
  questions: ItemStats[];
}

export interface ResultRow {
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

export interface GroupRow {
  group: string;
  /** Fewer learners than `minGroupSize`: no figure is given, so nobody can be singled out. */
  suppressed: boolean;
  learners?: number;
  attempts?: number;
  meanScore?: number;
  passRate?: number;
}

export interface Disaggregation {
  by: 'gender' | 'country';
  minGroupSize: number;
  groups: GroupRow[];
}

/** Query parameters without the empty filters (the API rejects an empty country code). */
export function filterParams(filter: ReportFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

/** 0.734 → "73%" for rates and facility; discrimination stays a signed index with two decimals. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function signedIndex(value: number | null): string {
  if (value === null) return '—';
  return (value > 0 ? '+' : value < 0 ? '−' : '') + Math.abs(value).toFixed(2);
}
