import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A certificate signing key (Ed25519). Keys are never deleted: a certificate names the key that
 * signed it, so every key ever used must stay to verify what it signed. The newest key signs.
 */
@Entity('certificate_keys')
export class CertificateKey {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  /** The raw 32-byte public key, base64url (a JWK's `x`). */
  @Column({ name: 'public_key', type: 'varchar', length: 64 })
  publicKey: string;

  /** The PKCS#8 private key, sealed with CERT_KEY_SECRET when it is set (key-sealing.ts). */
  @Column({ name: 'private_key', type: 'text' })
  privateKey: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
