import type { Enrolment } from '../../../core/models/api.models';

export interface LearningGroups {
  inProgress: Enrolment[];
  dueSoon: Enrolment[];
  overdue: Enrolment[];
  completed: Enrolment[];
}

/** "Due soon" means a due date within this many days that has not yet passed. */
export const DUE_SOON_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sorts enrolments into the four lists of "My learning"; each enrolment is in exactly one.
 * The API's status decides overdue and completed; "due soon" is ours, from `dueAt` and `now`.
 */
export function groupEnrolments(enrolments: readonly Enrolment[], now: Date): LearningGroups {
  const groups: LearningGroups = { inProgress: [], dueSoon: [], overdue: [], completed: [] };
  for (const e of enrolments) {
    if (e.status === 'completed') groups.completed.push(e);
    else if (e.status === 'overdue' || (e.dueAt && Date.parse(e.dueAt) < now.getTime())) groups.overdue.push(e);
    else if (e.dueAt && Date.parse(e.dueAt) - now.getTime() <= DUE_SOON_DAYS * DAY_MS) groups.dueSoon.push(e);
    else groups.inProgress.push(e);
  }
  const byDue = (a: Enrolment, b: Enrolment) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? '');
  groups.dueSoon.sort(byDue);
  groups.overdue.sort(byDue);
  return groups;
}
