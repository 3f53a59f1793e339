import type { Cohort } from './cohort.entity.js';

/** Contract types (docs/api.md, Trainer workspace), defined once in the course model. */
export type { CohortView } from '@vt/courses';
import type { CohortView, RosterPreviewView as ModelPreview, RosterRowView as ModelRow, RosterStatus as ModelStatus } from '@vt/courses';

/**
 * The model's roster status plus `ready`: what a preview says of every valid row, whether or not
 * the email has an account, so a preview does not tell who has one (issue 14). To move into the
 * model's `RosterStatus` (courses/src/model/trainer-views.ts) with its next change.
 */
export type RosterStatus = ModelStatus | 'ready';
export type RosterRowView = Omit<ModelRow, 'status'> & { status: RosterStatus };
export type RosterPreview = Omit<ModelPreview, 'rows'> & { rows: RosterRowView[] };

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
