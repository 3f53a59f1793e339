import type { Cohort } from './cohort.entity.js';

/** Contract types (docs/api.md, Trainer workspace), defined once in the course model. */
export type { CohortView, RosterPreviewView as RosterPreview, RosterRowView, RosterStatus } from '@vt/courses';
import type { CohortView } from '@vt/courses';

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
