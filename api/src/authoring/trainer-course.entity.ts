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

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
