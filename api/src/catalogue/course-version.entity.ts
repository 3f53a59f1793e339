import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of a course as it was served, keyed by its content hash. The content is kept so
 * that enrolments, attempts and certificates can go on using the version they started on.
 */
@Entity('course_versions')
export class CourseVersion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column({ name: 'course_id', type: 'varchar', length: 100 })
  courseId: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'integer' })
  version: number;

  /** JSON of the course's settings, questions and texts. */
  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'synced_at' })
  syncedAt: Date;
}
