import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const ROLES = ['trainee', 'trainer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class User {
  /** Generated here, not by the database, so that SQLite and PostgreSQL behave the same. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = randomUUID();

  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  language: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  /** Self-declared, optional; used only for disaggregated statistics with small groups suppressed. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  gender: string | null;

  /**
   * The trainer whose roster import created the account; null for self-registration and seeding.
   * With `lastSignInAt` it decides who may hand over a reset link (docs/decisions/0014).
   */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  /** When a session was last opened for the account; null while its owner has never signed in. */
  @Column({ name: 'last_sign_in_at', type: Date, nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
