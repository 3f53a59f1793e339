import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The columns of a graded attempt that both report tables carry: `report_items` repeats them on
 * every answered question so that upper/lower groups and filters need no join (decision 0008).
 */
abstract class GradedAttemptColumns {
  @PrimaryColumn({ name: 'attempt_id', type: 'varchar', length: 36 })
  attemptId: string;

  @Column({ name: 'course_id', type: 'varchar', length: 100 })
  courseId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  /** The learner's country when the attempt was projected. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'double precision' })
  score: number;

  /** floor(score): the whole percent used to form the upper and lower groups. */
  @Column({ name: 'score_bucket', type: 'integer', default: 0 })
  scoreBucket: number;
}

/** One graded attempt, projected from `attempts` for reports. */
@Entity('report_attempts')
export class ReportAttempt extends GradedAttemptColumns {
  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ name: 'submitted_at' })
  submittedAt: Date;
}

/** One answered question of a graded attempt: its fraction and, for choice questions, what was chosen. */
@Entity('report_items')
export class ReportItem extends GradedAttemptColumns {
  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 100 })
  questionId: string;

  @Column({ type: 'double precision' })
  fraction: number;

  /** Option ids chosen, comma-separated, for single/multiple choice and true-false; else null. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  choice: string | null;
}

/** How far the projection has read `attempts` (by submitted_at). */
@Entity('report_watermarks')
export class ReportWatermark {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column()
  at: Date;
}
