import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A course written by a trainer, kept in the course model's shape (settings, questions, texts) as JSON. */
@Entity('trainer_courses')
export class TrainerCourse {
  /** The course id (also `settings.id`); unique across the curriculum and trainer-made courses. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Column({ type: 'text' })
  content: string;

  /** The course_versions row learners are enrolled on; null until first published. */
  @Column({ name: 'published_version_id', type: 'varchar', length: 36, nullable: true })
  publishedVersionId: string | null;

  /**
   * Set when this row adapts a curriculum course (same id): the files' content hash it was started
   * from. Served to learners only while the files still hash to it (decision 0012); null otherwise.
   */
  @Column({ name: 'based_on_hash', type: 'varchar', length: 64, nullable: true })
  basedOnHash: string | null;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
