// Issue 19: a checkpoint with no connection. The verify page, opened once online, checks the QR
// code of a real certificate PDF (rendered to an image by Debian's pdftoppm, as a phone photo or
// a scan would be) and a downloaded Open Badges credential with the network off, and says valid;
// the same QR code read at a date past its expiry says expired; a changed payload says unknown.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tools/chromium.mjs';
import { openPage } from './support/browser.mjs';
import { COURSE_ID } from './support/journey.mjs';
import { answerInAttempt, loadAnswerKeys } from './support/quiz-keys.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

jest.setTimeout(120_000);

const CONTENT = resolve(import.meta.dirname, '../../courses/content');

/** A learner who completes the course through the API (the journey suite does it through the page). */
async function earnCertificate(baseUrl) {
  const call = async (method, path, token, body) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const { token } = await call('POST', '/api/auth/register', undefined, {
    email: `checkpoint-${Date.now()}@example.org`,
    password: 'a-long-password-1',
    displayName: 'Amina Checkpoint',
    language: 'fr',
  });
  const enrolment = await call('POST', '/api/enrolments', token, { courseId: COURSE_ID });
  const { lessons } = parse(readFileSync(join(CONTENT, COURSE_ID, 'course.yaml'), 'utf8'));
  for (const [i, lessonId] of lessons.entries())
    await call('POST', `/api/enrolments/${enrolment.id}/progress`, token, { seq: i + 1, lessonId, event: 'completed' });
  const attempt = await call('POST', `/api/enrolments/${enrolment.id}/attempts`, token);
  // The attempt shows its own tokens: each answer is found by label, in the attempt's language.
  const keys = loadAnswerKeys(COURSE_ID, attempt.language);
  const responses = Object.fromEntries(
    attempt.questions.map((q) => [
      q.id,
      keys.get(q.id).type === 'scenario'
        ? Object.fromEntries(q.parts.map((part) => [part.id, answerInAttempt(part, keys.get(part.id))]))
        : answerInAttempt(q, keys.get(q.id)),
    ]),
  );
  await call('POST', `/api/attempts/${attempt.id}/submit`, token, { responses });
  const [certificate] = await call('GET', '/api/certificates/me', token);
  return { token, code: certificate.code };
}

describe('verifying a certificate at a checkpoint with no connection', () => {
  let server;
  let browser;
  let dir;
  let earned;
  let png;
  let credentialFile;
  beforeAll(async () => {
    ({ server, browser } = await startPlatform());
    dir = mkdtempSync(join(tmpdir(), 'vt-checkpoint-'));
    earned = await earnCertificate(server.baseUrl);
    const headers = { authorization: `Bearer ${earned.token}` };
    const pdf = await fetch(`${server.baseUrl}/api/certificates/${earned.code}/pdf`, { headers });
    writeFileSync(join(dir, 'certificate.pdf'), Buffer.from(await pdf.arrayBuffer()));
    execFileSync('pdftoppm', ['-r', '150', '-png', join(dir, 'certificate.pdf'), join(dir, 'page')]);
    png = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.png')),
    );
    const credential = await fetch(`${server.baseUrl}/api/certificates/${earned.code}/credential`, { headers });
    credentialFile = join(dir, `certificate-${earned.code}.credential.json`);
    writeFileSync(credentialFile, Buffer.from(await credential.arrayBuffer()));
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the verify page online (which saves the keys and the revocation list), then cuts the network. */
  async function openThenGoOffline(options = {}) {
    const opened = await openPage(browser, options);
    await opened.page.goto(`${server.baseUrl}/verify`);
    await opened.page.locator('[data-testid=keys-saved]').waitFor();
    await opened.page.waitForFunction(() => localStorage.getItem('vt.certificates.status-lists')?.includes('encodedList'));
    await opened.page.waitForLoadState('networkidle');
    await opened.context.setOffline(true);
    return opened;
  }

  it('reads the QR code from the rendered PDF and the credential file offline, and says valid', async () => {
    const { page, context, outside } = await openThenGoOffline();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.locator('[data-testid=verify-file]').setInputFiles(png);
    const verdict = page.locator('[data-testid=verification]');
    await page.locator('[data-testid=verification][data-what=qr]').waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('valid');
    expect(await verdict.textContent()).toContain('Amina Checkpoint');
    expect(await page.locator('[data-testid=revocation]').getAttribute('data-source')).toBe('saved');

    await page.locator('[data-testid=verify-file]').setInputFiles(credentialFile);
    await page.locator('[data-testid=verification][data-what=credential]').waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('valid');
    expect(outside).toEqual([]);
    await context.close();
  });

  it('says expired for the same QR code read after its expiry date, and unknown for a changed payload', async () => {
    const { page, context } = await openThenGoOffline();
    const qrText = execFileSync('zbarimg', ['--quiet', '--raw', png]).toString().trim();
    // The course's certificates are valid 36 months: four years on, the paper has expired.
    await page.clock.setFixedTime(new Date(Date.now() + 4 * 365 * 24 * 3600 * 1000));
    await page.locator('[data-testid=verify-text]').fill(qrText);
    await page.locator('form button[type=submit]').click();
    const verdict = page.locator('[data-testid=verification][data-what=qr]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('expired');

    const [url, payload] = qrText.split('#');
    const [prefix, kid, body, signature] = payload.split('.');
    const lines = Buffer.from(body, 'base64url').toString('utf8').replace('Amina Checkpoint', 'Someone Else');
    await page.locator('[data-testid=verify-text]').fill(`${url}#${[prefix, kid, Buffer.from(lines).toString('base64url'), signature].join('.')}`);
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-testid=verification][data-status=unknown]').waitFor();
    await context.close();
  });

  it('scans the QR code with the camera (Chromium’s fake camera showing the printed certificate) and says valid', async () => {
    // A 640×480 video of the certificate's corner holding the QR code, rendered from the PDF at
    // 200 dpi by pdftoppm as grey levels, written as one YUV4MPEG2 frame (grey: U = V = 128).
    const [width, height] = [640, 480];
    const crop = ['-r', '200', '-gray', '-x', '1699', '-y', '1121', '-W', String(width), '-H', String(height), '-singlefile'];
    execFileSync('pdftoppm', [...crop, join(dir, 'certificate.pdf'), join(dir, 'corner')]);
    const pgm = readFileSync(join(dir, 'corner.pgm'));
    const luma = pgm.subarray(pgm.length - width * height);
    const video = join(dir, 'camera.y4m');
    writeFileSync(
      video,
      Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, Buffer.alloc((width * height) / 2, 128)]),
    );
    const camera = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const context = await camera.newContext({ permissions: ['camera'] });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/verify`);
      await page.locator('[data-testid=scan]').click();
      const verdict = page.locator('[data-testid=verification][data-what=qr]');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-status')).toBe('valid');
      // Found: the camera is released.
      expect(await page.locator('[data-testid=camera]').count()).toBe(0);
    } finally {
      await camera.close();
    }
  });

  it('opens from a phone camera: the QR code’s link, online, says valid', async () => {
    const { page, context } = await openPage(browser);
    const qrText = execFileSync('zbarimg', ['--quiet', '--raw', png]).toString().trim();
    await page.goto(qrText);
    const verdict = page.locator('[data-testid=verification][data-what=qr]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('valid');
    expect(await page.locator('[data-testid=revocation]').getAttribute('data-source')).toBe('online');
    await context.close();
  });

  it('after a key rotation and a revocation: a new certificate is valid and the revoked one says revoked, offline, from the saved list', async () => {
    const admin = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.vt-academy.org', password: 'demo-password-1' }),
    }).then((r) => r.json());
    const headers = { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' };
    expect((await fetch(`${server.baseUrl}/api/certificates/keys`, { method: 'POST', headers: { authorization: headers.authorization } })).status).toBe(201);
    const after = await earnCertificate(server.baseUrl);
    const pdf = await fetch(`${server.baseUrl}/api/certificates/${after.code}/pdf`, { headers: { authorization: `Bearer ${after.token}` } });
    writeFileSync(join(dir, 'after.pdf'), Buffer.from(await pdf.arrayBuffer()));
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'after.pdf'), join(dir, 'after')]);
    const revoke = await fetch(`${server.baseUrl}/api/certificates/${earned.code}/revoke`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ reason: 'Issued in error' }),
    });
    expect(revoke.status).toBe(200);

    const { page, context } = await openThenGoOffline();
    await page.locator('[data-testid=verify-file]').setInputFiles(join(dir, 'after.png'));
    await page.locator(`[data-testid=verification][data-what=qr]`).waitFor();
    expect(await page.locator('[data-testid=verification]').getAttribute('data-status')).toBe('valid');
    // The paper printed before the revocation still carries a valid signature: only the saved list knows.
    await page.locator('[data-testid=verify-file]').setInputFiles(png);
    await page.locator('[data-testid=verification][data-status=revoked]').waitFor();
    expect(await page.locator('[data-testid=revocation]').getAttribute('data-source')).toBe('saved');
    await context.close();
  });
});
