import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A learner on one course version. Progress is kept on the row itself (completed lesson ids as
 * JSON, the client sequence number, the bookmark) so that each progress update is one row write.
 */
@Entity('enrolments')
export class Enrolment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'course_id', type: 'varchar', length: 100 })
  courseId: string;

  @Column({ name: 'course_version_id', type: 'varchar', length: 36 })
  courseVersionId: string;

  @Column({ name: 'enrolled_at' })
  enrolledAt: Date;

  @Column({ name: 'due_at', type: Date, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;

  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  bookmark: string | null;

  /** JSON array of lesson ids, in the order they were completed. */
  @Column({ name: 'lessons_completed', type: 'text', default: '[]' })
  lessonsCompleted: string;

  @Column({ name: 'attempts_used', type: 'integer', default: 0 })
  attemptsUsed: number;

  @Column({ name: 'best_score', type: 'double precision', nullable: true })
  bestScore: number | null;

  @Column({ name: 'quiz_passed', type: 'boolean', default: false })
  quizPassed: boolean;
}
