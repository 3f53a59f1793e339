import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of the append-only audit log: the service only ever inserts. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column()
  at: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 100 })
  subjectId: string;

  /** JSON with the facts of the event. */
  @Column({ type: 'text' })
  details: string;
}
