import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * How a private signing key is stored in certificate_keys.private_key (decision 0015):
 *
 * - `pkcs8:<base64url DER>` when CERT_KEY_SECRET is not set: no weaker than the 0600 key file in
 *   DATA_DIR it replaces, since the SQLite database lives in the same directory;
 * - `scrypt-aes-256-gcm:<salt>:<iv>:<tag>:<ciphertext>` (base64url parts) when it is: the key is
 *   derived from the secret with scrypt and a per-key salt, and GCM's tag refuses a wrong secret
 *   or an edited row instead of producing a wrong key.
 */
const PLAIN = 'pkcs8';
const SEALED = 'scrypt-aes-256-gcm';

export class KeySealingError extends Error {}

export function isSealed(stored: string): boolean {
  return stored.startsWith(`${SEALED}:`);
}

export function seal(der: Buffer, secret: string | undefined): string {
  if (!secret) return `${PLAIN}:${der.toString('base64url')}`;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(secret, salt, 32), iv);
  const ciphertext = Buffer.concat([cipher.update(der), cipher.final()]);
  return [SEALED, salt, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join(':');
}

/** The PKCS#8 DER of a stored key. Throws KeySealingError when the secret is missing or wrong. */
export function unseal(stored: string, secret: string | undefined): Buffer {
  const [kind, ...parts] = stored.split(':');
  if (kind === PLAIN && parts.length === 1) return Buffer.from(parts[0], 'base64url');
  if (kind !== SEALED || parts.length !== 4) throw new KeySealingError('is not in a known format');
  if (!secret) throw new KeySealingError('is encrypted and CERT_KEY_SECRET is not set');
  const [salt, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', scryptSync(secret, salt, 32), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new KeySealingError('does not decrypt with CERT_KEY_SECRET (a different secret was used)');
  }
}
