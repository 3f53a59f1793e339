import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A learner in a cohort, with the enrolment the cohort gave them (or the one they already had). */
@Entity('cohort_members')
export class CohortMember {
  @PrimaryColumn({ name: 'cohort_id', type: 'varchar', length: 36 })
  cohortId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 })
  enrolmentId: string;

  @Column({ name: 'added_at' })
  addedAt: Date;
}
