/** The trainer API's cohort shapes (docs/api.md, "Trainer workspace"), defined once in the course model. */
export type { CohortView as Cohort, RosterPreviewView as RosterPreview, RosterRowView as RosterRow, RosterStatus } from '@vt/courses';
import type { RosterPreviewView } from '@vt/courses';

export interface NewCohort {
  name: string;
  organisation?: string;
  country?: string;
  courseId: string;
  startsAt?: string;
  endsAt?: string;
  dueAt?: string;
}

export interface RosterCommit extends RosterPreviewView {
  created: number;
  enrolled: number;
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
