import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsersService } from '../src/users/users.service.js';
import { completeCourse } from './learning-helpers.js';
import type { TestApp, TestUser } from './test-app.js';

export interface Earned {
  learner: TestUser;
  code: string;
}

/** A learner with that name and language who completes a1-foundations; returns their certificate code. */
export async function earnCertificate(t: TestApp, language = 'en', name = 'Test Learner'): Promise<Earned> {
  const learner = await t.signUp('trainee', name);
  await t.app.get(UsersService).updateProfile(learner.id, { language: language as 'en' });
  await completeCourse(t, learner.auth, 'a1-foundations');
  const mine = (await t.request('GET', '/api/certificates/me', { headers: learner.auth })).body as { code: string }[];
  return { learner, code: mine[0].code };
}

export interface RenderedPdf {
  /** pdftotext's output. */
  text: string;
  /** What zbarimg reads from the page rendered by pdftoppm. */
  qr: string;
  /** The page as a PNG file (deleted by `remove`). */
  png: string;
  remove(): void;
}

/** Downloads the PDF as the holder would, and reads it with Debian's poppler-utils and zbar-tools. */
export async function downloadPdf(t: TestApp, code: string, auth: Record<string, string>, dpi = 100): Promise<RenderedPdf> {
  const res = await fetch(`${t.baseUrl}/api/certificates/${code}/pdf`, { headers: auth });
  if (res.status !== 200) throw new Error(`PDF download: ${res.status}`);
  const dir = mkdtempSync(join(tmpdir(), 'vt-pdf-'));
  const file = join(dir, 'certificate.pdf');
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const text = execFileSync('pdftotext', [file, '-']).toString();
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  const png = join(dir, readdirSync(dir).find((f) => f.endsWith('.png')) ?? 'missing.png');
  const qr = execFileSync('zbarimg', ['--quiet', '--raw', png]).toString().trim();
  return { text, qr, png, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface KeySet {
  keys: { kid: string; kty: string; crv: string; x: string; did: string }[];
}

/**
 * An offline check of a QR payload written from the format's description (VT1.<kid>.<body>.<sig>,
 * the signature over the first three parts), independently of the API's own code: what a third
 * party holding only the published key set would do.
 */
export function checkQrPayload(qrText: string, keySet: KeySet): { ok: true; fields: string[]; kid: string } | { ok: false; why: string } {
  const payload = qrText.slice(qrText.indexOf('#') + 1);
  const parts = payload.split('.');
  if (parts.length !== 4 || parts[0] !== 'VT1') return { ok: false, why: 'not a payload' };
  const key = keySet.keys.find((k) => k.kid === parts[1]);
  if (!key) return { ok: false, why: 'unknown key' };
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.x }, format: 'jwk' });
  const signed = Buffer.from(parts.slice(0, 3).join('.'), 'ascii');
  if (!verify(null, signed, publicKey, Buffer.from(parts[3], 'base64url'))) return { ok: false, why: 'bad signature' };
  return { ok: true, kid: parts[1], fields: Buffer.from(parts[2], 'base64url').toString('utf8').split('\n') };
}

/** The payload part of a QR text, in bytes. */
export const payloadBytes = (qrText: string): number => Buffer.byteLength(qrText.slice(qrText.indexOf('#') + 1), 'utf8');

export { bootApp, wipePostgres } from './test-app.js';

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as T };
}
