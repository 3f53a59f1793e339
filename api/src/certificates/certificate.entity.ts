import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An issued certificate. `payload` is the canonical JSON that `signature` (Ed25519, base64url)
 * signs with the key `keyId`; everything shown or re-signed later (QR code, PDF, credential) is
 * read from the verified payload, not from the plain columns.
 */
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

  /** The signing key (certificate_keys.id); certificates issued before keys had ids are key 1. */
  @Column({ name: 'key_id', type: 'integer', default: 1 })
  keyId: number;

  /** The course version (course_versions.version) the certificate was earned on. */
  @Column({ name: 'course_version', type: 'integer', nullable: true })
  courseVersion: number | null;

  /** Position in the revocation status lists (status-list.ts): list = index / LIST_SIZE. */
  @Column({ name: 'status_index', type: 'integer', nullable: true })
  statusIndex: number | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;
}
