import { courseContentHash, canonicalJson, loadCurriculum } from '@vt/courses/node';
import { createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/auth/auth.service.js';
import { CertificateKeys1763916000000 } from '../src/database/migrations/1763916000000-certificate-keys.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { MIGRATIONS } from '../src/database/schema.js';
import { loadConfig } from '../src/config/app-config.js';
import { verifyOpenBadge } from '../src/certificates/open-badge.js';
import { bootApp, checkQrPayload, downloadPdf, earnCertificate, getJson, wipePostgres, type KeySet } from './certificate-helpers.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp } from './test-app.js';

const LEGACY_KEY_FILE = 'certificate-signing-key.pem';
type Json = Record<string, unknown>;

/**
 * A data directory and database exactly as the version before key ids left them: the schema of
 * every earlier migration, one key file in DATA_DIR, and a certificate whose payload (v1) was
 * signed by that file's key the way that version did it (canonical JSON, Ed25519, base64url).
 */
async function legacyInstall(dataDir: string, url: string | undefined): Promise<{ code: string; userId: string; x: string }> {
  if (url) await wipePostgres(url);
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dataDir, LEGACY_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url });
  const earlier = MIGRATIONS.filter((migration) => migration !== CertificateKeys1763916000000);
  const db = new DataSource({ ...dataSourceOptions(config.database), entities: [], migrations: earlier });
  await db.initialize();
  const course = loadCurriculum(CURRICULUM.COURSES_DIR).courses.find((c) => c.settings.id === 'a1-foundations');
  if (!course) throw new Error('a1-foundations is missing');
  const userId = randomUUID();
  const versionId = randomUUID();
  const enrolmentId = randomUUID();
  const code = 'VT-LEGA-CY23';
  const issuedAt = new Date('2026-01-15T09:30:00.000Z');
  const expiresAt = new Date('2029-01-15T09:30:00.000Z');
  const p = (n: number): string => (url ? `$${n}` : '?');
  // As TypeORM stores a date: a timestamp on PostgreSQL, UTC text on SQLite.
  const at = (date: Date): Date | string => (url ? date : date.toISOString().replace('T', ' ').replace('Z', ''));
  const insert = (table: string, row: Json): Promise<unknown> =>
    db.query(
      `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
        .map((_k, i) => p(i + 1))
        .join(', ')})`,
      Object.values(row),
    );
  await insert('users', {
    id: userId,
    email: `legacy-${userId}@example.org`,
    password_hash: 'x',
    display_name: 'Amina Legacy',
    role: 'trainee',
    language: 'fr',
  });
  const { settings, questions, texts } = course;
  await insert('course_versions', {
    id: versionId,
    course_id: 'a1-foundations',
    content_hash: courseContentHash(course),
    version: settings.version,
    content: JSON.stringify({ settings, questions, texts }),
    synced_at: at(issuedAt),
  });
  await insert('enrolments', {
    id: enrolmentId,
    user_id: userId,
    course_id: 'a1-foundations',
    course_version_id: versionId,
    enrolled_at: at(issuedAt),
    completed_at: at(issuedAt),
  });
  const payload = canonicalJson({
    v: 1,
    code,
    learnerName: 'Amina Legacy',
    courseId: 'a1-foundations',
    courseTitle: texts.fr?.title ?? 'a1',
    issuedAt: issuedAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  await insert('certificates', {
    code,
    user_id: userId,
    enrolment_id: enrolmentId,
    course_id: 'a1-foundations',
    learner_name: 'Amina Legacy',
    course_title: texts.fr?.title ?? 'a1',
    language: 'fr',
    issued_at: at(issuedAt),
    expires_at: at(expiresAt),
    payload,
    signature: sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64url'),
  });
  await db.destroy();
  return { code, userId, x: createPublicKey(privateKey).export({ format: 'jwk' }).x as string };
}

describe.each(DATABASES)('certificate signing keys on %s', (_database, url) => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'vt-keys-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adopts the DATA_DIR key of an older version as key 1, and its certificates still verify (server, QR, credential)', async () => {
    const legacy = await legacyInstall(dataDir, url);
    const booted = await bootApp(dataDir, url, CURRICULUM);
    try {
      const keys = await getJson<KeySet>(`${booted.baseUrl}/api/certificates/keys`);
      expect(keys.body.keys.map((k) => [k.kid, k.x])).toEqual([['1', legacy.x]]);
      const verified = await getJson<Json>(`${booted.baseUrl}/api/certificates/verify/${legacy.code}`);
      expect(verified.body).toMatchObject({ status: 'valid', learnerName: 'Amina Legacy' });
      const auth = { authorization: `Bearer ${await booted.app.get(AuthService).openSession(legacy.userId)}` };
      const pdf = await downloadPdf(booted, legacy.code, auth);
      try {
        expect(pdf.text).toContain('Certificat de réussite');
        expect(checkQrPayload(pdf.qr, keys.body)).toMatchObject({ ok: true, kid: '1' });
      } finally {
        pdf.remove();
      }
      const credential = await getJson<Json>(`${booted.baseUrl}/api/certificates/${legacy.code}/credential`, auth);
      expect(credential.status).toBe(200);
      expect(await verifyOpenBadge(credential.body, { now: new Date('2027-01-01') })).toMatchObject({ verified: true });
      expect((credential.body.issuer as Json).id).toBe(keys.body.keys[0].did);
    } finally {
      await booted.close();
    }
  });

  it('rotates: certificates issued before and after a rotation both verify, and the old key stays published', async () => {
    const t = await startTestApp(url, CURRICULUM);
    try {
      const admin = await t.signUp('admin');
      const before = await earnCertificate(t, 'ru', 'Иван Петров');
      const rotated = await t.request('POST', '/api/certificates/keys', { headers: admin.auth });
      expect(rotated.status).toBe(201);
      expect(rotated.body).toMatchObject({ kid: '2', kty: 'OKP', crv: 'Ed25519' });
      const after = await earnCertificate(t, 'en', 'Jane Doe');
      const keys = (await t.request('GET', '/api/certificates/keys')).body as KeySet;
      expect(keys.keys.map((k) => k.kid)).toEqual(['1', '2']);
      const issuers: string[] = [];
      for (const [earned, kid] of [
        [before, '1'],
        [after, '2'],
      ] as const) {
        expect(((await t.request('GET', `/api/certificates/verify/${earned.code}`)).body as Json).status).toBe('valid');
        const pdf = await downloadPdf(t, earned.code, earned.learner.auth);
        pdf.remove();
        expect(checkQrPayload(pdf.qr, keys)).toMatchObject({ ok: true, kid });
        const credential = (await t.request('GET', `/api/certificates/${earned.code}/credential`, { headers: earned.learner.auth })).body as Json;
        expect(await verifyOpenBadge(credential)).toMatchObject({ verified: true });
        issuers.push((credential.issuer as Json).id as string);
      }
      expect(issuers).toEqual(keys.keys.map((k) => k.did));
    } finally {
      await t.close();
    }
  });

  it('lets a second instance on the same database verify what the first issued, also after a rotation there', async () => {
    if (url) await wipePostgres(url);
    const otherDir = mkdtempSync(join(tmpdir(), 'vt-keys-'));
    // Two instances, two data directories, one database (on SQLite: the first one's file).
    const shared = url ? {} : { DATABASE_URL: `sqlite:${join(dataDir, 'vt-academy.sqlite')}` };
    const first = await bootApp(dataDir, url, CURRICULUM);
    const second = await bootApp(otherDir, url, { ...CURRICULUM, ...shared });
    try {
      const admin = await first.signUp('admin');
      const before = await earnCertificate(first, 'ar', 'ليلى');
      expect((await first.request('POST', '/api/certificates/keys', { headers: admin.auth })).status).toBe(201);
      const after = await earnCertificate(first, 'en', 'Lee');
      for (const earned of [before, after]) {
        expect(((await second.request('GET', `/api/certificates/verify/${earned.code}`)).body as Json).status).toBe('valid');
      }
      const keysOf = async (app: typeof first) => ((await app.request('GET', '/api/certificates/keys')).body as KeySet).keys.map((k) => k.x);
      expect(await keysOf(second)).toEqual(await keysOf(first));
      expect(await keysOf(second)).toHaveLength(2);
    } finally {
      await second.close();
      await first.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('encrypts the stored keys with CERT_KEY_SECRET and refuses to start with a wrong or missing secret', async () => {
    if (url) await wipePostgres(url);
    const secret = 'a'.repeat(16) + 'b'.repeat(16);
    const first = await bootApp(dataDir, url, { CERT_KEY_SECRET: secret });
    const stored = (await first.app.get(DataSource).query('SELECT private_key FROM certificate_keys')) as { private_key: string }[];
    await first.close();
    expect(stored).toHaveLength(1);
    expect(stored[0].private_key).toMatch(/^scrypt-aes-256-gcm:/);
    await expect(bootApp(dataDir, url, { CERT_KEY_SECRET: 'c'.repeat(32) })).rejects.toThrow(/CERT_KEY_SECRET.*does not decrypt/);
    await expect(bootApp(dataDir, url)).rejects.toThrow(/CERT_KEY_SECRET is not set/);
    const again = await bootApp(dataDir, url, { CERT_KEY_SECRET: secret });
    await again.close();
  });
});
