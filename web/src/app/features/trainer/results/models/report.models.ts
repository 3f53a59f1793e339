/** The trainer API's report shapes (docs/api.md, "Trainer workspace"), defined once in the course model. */
export type {
  CohortProgressView as CohortProgress,
  DistractorView as Distractor,
  GroupRowView as GroupRow,
  ItemAnalysisView as ItemAnalysis,
  ItemView as ItemStats,
  LearnerAttemptSummary as LearnerAttempt,
  LearnerDetailView as LearnerDetail,
  LearnerProgressView as LearnerProgress,
  ResultRowView as ResultRow,
} from '@vt/courses';
import type { GroupRowView } from '@vt/courses';

export interface ReportFilter {
  courseId: string;
  cohortId?: string;
  country?: string;
  lang?: string;
}

export interface Disaggregation {
  by: 'gender' | 'country';
  minGroupSize: number;
  groups: GroupRowView[];
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
