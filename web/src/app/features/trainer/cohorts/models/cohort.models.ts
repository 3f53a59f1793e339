/** The trainer API's cohort shapes (docs/api.md, "Trainer workspace"). Dates are ISO strings. */
export interface Cohort {
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

export interface NewCohort {
  name: string;
  organisation?: string;
  country?: string;
  courseId: string;
  startsAt?: string;
  endsAt?: string;
  dueAt?: string;
}

export type RosterStatus = 'new-account' | 'existing-account' | 'error';

export interface RosterRow {
  /** 1-based line of the CSV text; the header is line 1. */
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
  rows: RosterRow[];
}

export interface RosterCommit extends RosterPreview {
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
