import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in session. Only the SHA-256 of the token is stored, so a leaked table signs nobody in. */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'expires_at' })
  expiresAt: Date;
}
