import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An issued certificate. `payload` is the canonical JSON that `signature` (Ed25519, base64url) signs. */
@Entity('certificates')
export class Certificate {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 })
  enrolmentId: string;

  @Column({ name: 'course_id', type: 'varchar', length: 100 })
  courseId: string;

  @Column({ name: 'learner_name', type: 'varchar', length: 200 })
  learnerName: string;

  @Column({ name: 'course_title', type: 'varchar', length: 300 })
  courseTitle: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ name: 'issued_at' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: Date, nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 128 })
  signature: string;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;
}
