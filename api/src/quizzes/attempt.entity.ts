import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One quiz attempt. The drawn question ids and the seed are stored, so the same questions in the
 * same order are shown again on reload and scored against exactly what the learner saw.
 */
@Entity('attempts')
export class Attempt {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 })
  enrolmentId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'course_version_id', type: 'varchar', length: 36 })
  courseVersionId: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ name: 'started_at' })
  startedAt: Date;

  @Column({ type: Date, nullable: true })
  deadline: Date | null;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt: Date | null;

  /** JSON array of the drawn question ids, in presentation order. */
  @Column({ name: 'question_ids', type: 'text' })
  questionIds: string;

  /** JSON of the responses as submitted (after the deadline: none). */
  @Column({ type: 'text', nullable: true })
  responses: string | null;

  /** JSON of the AttemptResult. */
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}
