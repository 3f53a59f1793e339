import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A one-time data task that ran to its end: its name, when, and what it changed (JSON counts). */
@Entity('maintenance_runs')
export class MaintenanceRun {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'ran_at' })
  ranAt: Date;

  @Column({ type: 'text', default: '{}' })
  outcome: string;
}
