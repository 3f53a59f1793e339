/** The trainer API's cohort shapes (docs/api.md, "Trainer workspace"), defined once in the course model. */
export type { CohortView as Cohort } from '@vt/courses';
import type { RosterPreviewView as ModelPreview, RosterRowView as ModelRow, RosterStatus as ModelStatus } from '@vt/courses';

/** The model's statuses plus `ready`, what a preview says of every valid row, account or not (issue 14; see the API's cohort-view.ts). */
export type RosterStatus = ModelStatus | 'ready';
export type RosterRow = Omit<ModelRow, 'status'> & { status: RosterStatus };
export type RosterPreview = Omit<ModelPreview, 'rows'> & { rows: RosterRow[] };

export interface NewCohort {
  name: string;
  organisation?: string;
  country?: string;
  courseId: string;
  startsAt?: string;
  endsAt?: string;
  dueAt?: string;
}

/** PATCH /trainer/cohorts/:id: a field left out is kept; a date set to null is removed. */
export interface CohortChanges {
  name?: string;
  organisation?: string;
  country?: string;
  startsAt?: string | null;
  endsAt?: string | null;
  dueAt?: string | null;
}

/** The edit form's values as a PATCH body: an emptied date removes it, an empty country is left as it was. */
export function cohortChanges(field: (name: string) => string): CohortChanges {
  const date = (name: string, endOfDay: boolean) => dateInputToIso(field(name), endOfDay) ?? null;
  const country = field('country').trim();
  return {
    name: field('name').trim(),
    organisation: field('organisation').trim(),
    ...(country ? { country: country.toUpperCase() } : {}),
    startsAt: date('startsAt', false),
    endsAt: date('endsAt', true),
    dueAt: date('dueAt', true),
  };
}

export interface RosterCommit extends RosterPreview {
  created: number;
  enrolled: number;
  /** Existing accounts asked to join: they count as learners only once they accept (docs/decisions/0014). */
  invited: number;
}

/** `<input type="date">` gives "2026-03-01"; the API wants an instant. Due dates end that day. */
export function dateInputToIso(value: string, endOfDay = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return new Date(`${value}T${endOfDay ? '23:59:59' : '00:00:00'}Z`).toISOString();
}

/** The reverse, for pre-filling a date input from an ISO instant (UTC day). */
export function isoToDateInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}
