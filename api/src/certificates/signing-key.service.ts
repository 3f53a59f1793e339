import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG, ConfigError, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import { Certificate } from './certificate.entity.js';
import { CertificateKey } from './certificate-key.entity.js';
import { isSealed, KeySealingError, seal, unseal } from './key-sealing.js';

/** Where versions before key ids kept their one key; adopted into the database at start-up. */
export const SIGNING_KEY_FILE = 'certificate-signing-key.pem';

interface LoadedKey {
  id: number;
  /** Raw public key, base64url. */
  x: string;
  publicKey: KeyObject;
  createdAt: Date;
  /** Decrypted on first use: only the keys that sign are ever opened. */
  privateKey?: KeyObject;
  sealed: string;
}

export interface PublicSigningKey {
  id: number;
  x: string;
  createdAt: Date;
}

const rawPublicKey = (key: KeyObject): string => createPublicKey(key).export({ format: 'jwk' }).x as string;
const fromRaw = (x: string): KeyObject => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });

/**
 * The Ed25519 keys that sign certificates, kept in the database so that every instance signs and
 * verifies with the same keys (decision 0015). The newest key signs; older keys stay to verify
 * what they signed. Rotation inserts a new key; other instances see it at their next issue (the
 * active key is read inside the issuing transaction) or when a certificate names a key id they
 * have not loaded yet.
 */
@Injectable()
export class SigningKeyService implements OnModuleInit {
  private readonly logger = new Logger('Certificates');
  private readonly keys = new Map<number, LoadedKey>();

  constructor(
    @InjectRepository(CertificateKey) private readonly repository: Repository<CertificateKey>,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.adoptKeyFile();
    if ((await this.repository.count()) === 0) await this.insertKey(1, generateKeyPairSync('ed25519').privateKey);
    await this.reload();
    if (this.config.certKeySecret) await this.sealPlainKeys();
    // Fail at start-up, not at the first certificate, when the secret cannot open the signing key.
    this.privateKey(this.activeId());
  }

  /**
   * The key that signs new certificates: the newest, read from the database (inside the caller's
   * transaction when given, so issuing takes no second pool connection) so a rotation made
   * elsewhere counts at once.
   */
  async activeKeyId(manager: EntityManager = this.repository.manager): Promise<number> {
    const [newest] = await manager.find(CertificateKey, { select: { id: true }, order: { id: 'DESC' }, take: 1 });
    if (!this.keys.has(newest.id)) await this.reload();
    return newest.id;
  }

  sign(payload: string | Buffer, keyId: number): string {
    return sign(null, typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload, this.privateKey(keyId)).toString('base64url');
  }

  /** False for a wrong signature and for a key this instance does not know (call `knows` first to load new keys). */
  verify(payload: string | Buffer, signature: string, keyId: number): boolean {
    const key = this.keys.get(keyId);
    if (!key) return false;
    const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    return verify(null, bytes, key.publicKey, Buffer.from(signature, 'base64url'));
  }

  /** Whether the key exists, reloading once from the database for a key rotated in by another instance. */
  async knows(keyId: number): Promise<boolean> {
    if (!this.keys.has(keyId)) await this.reload();
    return this.keys.has(keyId);
  }

  /** The private key as a JWK, for the credential library (open-badge.ts). */
  privateJwk(keyId: number): JsonWebKey {
    return this.privateKey(keyId).export({ format: 'jwk' });
  }

  /** Every key ever used, oldest first, read fresh from the database. */
  async publicKeys(): Promise<PublicSigningKey[]> {
    await this.reload();
    return [...this.keys.values()].sort((a, b) => a.id - b.id).map(({ id, x, createdAt }) => ({ id, x, createdAt }));
  }

  /** Makes a new key the signing key. Older keys stay, so every certificate they signed still verifies. */
  async rotate(): Promise<PublicSigningKey> {
    const { privateKey } = generateKeyPairSync('ed25519');
    for (let tries = 0; ; tries++) {
      const id = await this.transactions.run(async (manager) => {
        const [newest] = await manager.find(CertificateKey, { select: { id: true }, order: { id: 'DESC' }, take: 1 });
        const next = (newest?.id ?? 0) + 1;
        return (await this.insertKey(next, privateKey, manager)) ? next : undefined;
      });
      // Two rotations at once on PostgreSQL: the other took this id, so take the next one.
      if (id === undefined && tries < 5) continue;
      if (id === undefined) throw new Error('could not allocate a key id');
      await this.reload();
      const key = this.keys.get(id) as LoadedKey;
      return { id, x: key.x, createdAt: key.createdAt };
    }
  }

  private activeId(): number {
    return Math.max(...this.keys.keys());
  }

  private privateKey(keyId: number): KeyObject {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`no certificate signing key ${keyId}`);
    if (!key.privateKey) {
      try {
        key.privateKey = createPrivateKey({ key: unseal(key.sealed, this.config.certKeySecret), format: 'der', type: 'pkcs8' });
      } catch (error) {
        if (error instanceof KeySealingError) throw new ConfigError('CERT_KEY_SECRET', `certificate signing key ${keyId} ${error.message}`);
        throw error;
      }
    }
    return key.privateKey;
  }

  private async reload(): Promise<void> {
    for (const row of await this.repository.find()) {
      const known = this.keys.get(row.id);
      if (known && known.sealed === row.privateKey) continue;
      this.keys.set(row.id, {
        id: row.id,
        x: row.publicKey,
        publicKey: fromRaw(row.publicKey),
        createdAt: row.createdAt,
        sealed: row.privateKey,
        privateKey: known?.privateKey,
      });
    }
  }

  /** Inserts a key unless the id is taken (another instance won the race); true when inserted. */
  private async insertKey(id: number, privateKey: KeyObject, manager = this.repository.manager): Promise<boolean> {
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    await manager
      .createQueryBuilder()
      .insert()
      .into(CertificateKey)
      .values({ id, publicKey: rawPublicKey(privateKey), privateKey: seal(der, this.config.certKeySecret), createdAt: new Date() })
      .orIgnore()
      .execute();
    return (await manager.findOneBy(CertificateKey, { id }))?.publicKey === rawPublicKey(privateKey);
  }

  /**
   * Upgrade from one key file: the DATA_DIR key becomes key 1, which every certificate issued
   * before keys had ids names. If key 1 is already another key (a second instance with its own
   * file), this file's key is added as the next key and the old certificates it signed move to it.
   */
  private async adoptKeyFile(): Promise<void> {
    const file = join(this.config.dataDir, SIGNING_KEY_FILE);
    if (!existsSync(file)) return;
    const privateKey = createPrivateKey(readFileSync(file));
    const x = rawPublicKey(privateKey);
    for (let tries = 0; tries < 5; tries++) {
      const rows = await this.repository.find({ order: { id: 'ASC' } });
      const existing = rows.find((row) => row.publicKey === x);
      if (existing) return;
      const id = (rows.at(-1)?.id ?? 0) + 1;
      if (!(await this.insertKey(id, privateKey))) continue;
      this.logger.log(`adopted ${SIGNING_KEY_FILE} from DATA_DIR as certificate signing key ${id}`);
      if (id !== 1) await this.moveCertificatesSignedBy(id, privateKey, fromRaw(rows[0].publicKey));
      return;
    }
  }

  private async moveCertificatesSignedBy(id: number, privateKey: KeyObject, firstKey: KeyObject): Promise<void> {
    const publicKey = createPublicKey(privateKey);
    const rows = await this.repository.manager.find(Certificate, { where: { keyId: 1 }, select: { code: true, payload: true, signature: true } });
    for (const row of rows) {
      const bytes = Buffer.from(row.payload, 'utf8');
      const signature = Buffer.from(row.signature, 'base64url');
      if (!verify(null, bytes, firstKey, signature) && verify(null, bytes, publicKey, signature)) {
        await this.repository.manager.update(Certificate, { code: row.code }, { keyId: id });
      }
    }
  }

  /** CERT_KEY_SECRET was set after keys were stored in the clear: encrypt them now. */
  private async sealPlainKeys(): Promise<void> {
    for (const key of this.keys.values()) {
      if (isSealed(key.sealed)) continue;
      const der = unseal(key.sealed, undefined);
      key.sealed = seal(der, this.config.certKeySecret);
      await this.repository.update({ id: key.id }, { privateKey: key.sealed });
    }
  }
}
