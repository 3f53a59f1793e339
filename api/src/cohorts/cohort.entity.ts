import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A group of learners (a police academy intake, say) enrolled together on one course by one trainer. */
@Entity('cohorts')
export class Cohort {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'course_id', type: 'varchar', length: 100 })
  courseId: string;

  /** The trainer who runs the cohort: only they (and admins) see its learners. */
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Column({ name: 'starts_at', type: Date, nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: Date, nullable: true })
  endsAt: Date | null;

  /** Given to enrolments this cohort creates; per-learner extensions change the enrolment only. */
  @Column({ name: 'due_at', type: Date, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
