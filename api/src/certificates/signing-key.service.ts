import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export const SIGNING_KEY_FILE = 'certificate-signing-key.pem';

/**
 * The Ed25519 key that signs certificates: generated once into DATA_DIR (mode 0600) and kept.
 * Written to a temporary file first and hard-linked into place, so a crash or a second process
 * starting at the same time can never leave a half-written or a different key behind.
 */
@Injectable()
export class SigningKeyService implements OnModuleInit {
  private privateKey: KeyObject;
  private publicKey: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    const file = join(this.config.dataDir, SIGNING_KEY_FILE);
    if (!existsSync(file)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      chmodSync(temp, 0o600);
      try {
        linkSync(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        rmSync(temp, { force: true });
      }
    }
    this.privateKey = createPrivateKey(readFileSync(file));
    this.publicKey = createPublicKey(this.privateKey);
  }

  sign(payload: string): string {
    return sign(null, Buffer.from(payload, 'utf8'), this.privateKey).toString('base64url');
  }

  verify(payload: string, signature: string): boolean {
    return verify(null, Buffer.from(payload, 'utf8'), this.publicKey, Buffer.from(signature, 'base64url'));
  }

  /** The public key (SPKI PEM), for anyone who wants to check a signature offline. */
  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}
