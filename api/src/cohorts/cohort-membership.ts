import type { EntityManager } from 'typeorm';
import { CohortMember } from './cohort-member.entity.js';
import { Cohort } from './cohort.entity.js';

/**
 * Which of these users are members of a cohort the trainer owns: the one rule behind "a trainer
 * acts only on their own cohorts' learners" (bulk enrolment, password-reset links). A plain
 * query on the entities rather than a CohortsService method, because the cohorts module itself
 * depends on enrolments.
 */
export async function membersOfCohortsOwnedBy(manager: EntityManager, trainerId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await manager
    .createQueryBuilder(CohortMember, 'member')
    .innerJoin(Cohort, 'cohort', 'cohort.id = member.cohortId')
    .select('member.userId', 'userId')
    .distinct(true)
    .where('cohort.ownerId = :trainerId AND member.userId IN (:...userIds)', { trainerId, userIds })
    .getRawMany<{ userId: string }>();
  return new Set(rows.map((row) => row.userId));
}
