import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A one-time password-reset link handed over by a trainer or admin (there is no e-mail in this
 * product). Only the SHA-256 of the token is stored; redeeming deletes the row, so a used link
 * and an unknown one look the same.
 */
@Entity('password_resets')
export class PasswordReset {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** The trainer or admin who asked for the link (kept for the audit trail; null once they are deleted). */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'expires_at' })
  expiresAt: Date;
}
