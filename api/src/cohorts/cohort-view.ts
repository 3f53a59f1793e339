import type { Cohort } from './cohort.entity.js';

/** Contract type `Cohort` (docs/api.md, Trainer workspace). */
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

export function toCohortView(cohort: Cohort, learnerCount: number): CohortView {
  return {
    id: cohort.id,
    name: cohort.name,
    ...(cohort.organisation ? { organisation: cohort.organisation } : {}),
    ...(cohort.country ? { country: cohort.country } : {}),
    courseId: cohort.courseId,
    ownerId: cohort.ownerId,
    ...(cohort.startsAt ? { startsAt: cohort.startsAt.toISOString() } : {}),
    ...(cohort.endsAt ? { endsAt: cohort.endsAt.toISOString() } : {}),
    ...(cohort.dueAt ? { dueAt: cohort.dueAt.toISOString() } : {}),
    createdAt: cohort.createdAt.toISOString(),
    learnerCount,
  };
}

export type RosterStatus = 'new-account' | 'existing-account' | 'error';

/** One roster line as the preview (and the commit) reports it. */
export interface RosterRowView {
  line: number;
  name: string;
  email: string;
  language: string;
  status: RosterStatus;
  errors: string[];
}

export interface RosterPreview {
  valid: number;
  invalid: number;
  rows: RosterRowView[];
}
