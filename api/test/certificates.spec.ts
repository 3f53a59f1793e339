import { DataSource } from 'typeorm';
import { Certificate } from '../src/certificates/certificate.entity.js';
import { checkQrPayload, downloadPdf, payloadBytes, type KeySet } from './certificate-helpers.js';
import { UsersService } from '../src/users/users.service.js';
import { completeCourse, CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

describe.each(DATABASES)('certificates on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  let code: string;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    learner = await t.signUp('trainee', 'محمد أحمد (Ahmed)');
    await t.app.get(UsersService).updateProfile(learner.id, { language: 'ar' });
    await completeCourse(t, learner.auth, 'a1-foundations');
    code = ((await t.request('GET', '/api/certificates/me', { headers: learner.auth })).body as { code: string }[])[0].code;
  });
  afterAll(() => t?.close());

  it('verifies publicly with only name, course and dates', async () => {
    const res = await t.request('GET', `/api/certificates/verify/${code}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body as object).sort()).toEqual(['courseTitle', 'expiresAt', 'issuedAt', 'learnerName', 'status']);
    expect(res.body).toMatchObject({ status: 'valid', learnerName: 'محمد أحمد (Ahmed)' });
    expect((res.body as { courseTitle: string }).courseTitle).toMatch(/[\u0600-\u06FF]/);
    expect((await t.request('GET', '/api/certificates/verify/VT-ZZZZ-ZZZZ')).body).toEqual({ status: 'unknown' });
    expect((await t.request('GET', '/api/certificates/verify/%3Cscript%3E')).body).toEqual({ status: 'unknown' });
  });

  it('answers unknown for a certificate whose stored text was altered (the signature no longer holds)', async () => {
    const repo = t.app.get(DataSource);
    const row = await repo.getRepository(Certificate).findOneByOrFail({ code });
    const forged = row.payload.replace('Ahmed', 'Someone Else');
    await repo.getRepository(Certificate).update({ code }, { payload: forged });
    expect(((await t.request('GET', `/api/certificates/verify/${code}`)).body as { status: string }).status).toBe('unknown');
    await repo.getRepository(Certificate).update({ code }, { payload: row.payload });
    expect(((await t.request('GET', `/api/certificates/verify/${code}`)).body as { status: string }).status).toBe('valid');
  });

  it('renders a PDF in Arabic with the name and title as text, and a QR code of the verify URL carrying a signed payload', async () => {
    const pdf = await downloadPdf(t, code, learner.auth);
    try {
      expect(pdf.text).toContain('شهادة إتمام');
      expect(pdf.text).toContain('محمد أحمد');
      expect(pdf.text).toContain('Ahmed');
      expect(pdf.text).toContain(code);
      expect(pdf.qr.startsWith(`${t.config.publicUrl}/verify/${code}#VT1.`)).toBe(true);
      expect(payloadBytes(pdf.qr)).toBeLessThanOrEqual(400);
      const keys = (await t.request('GET', '/api/certificates/keys')).body as KeySet;
      const checked = checkQrPayload(pdf.qr, keys);
      expect(checked).toMatchObject({ ok: true, kid: '1' });
      expect(checked.ok && checked.fields.slice(0, 2)).toEqual([code, 'محمد أحمد (Ahmed)']);
    } finally {
      pdf.remove();
    }
  });

  it('lets only the holder and admins download it, and only admins revoke it', async () => {
    const other = await t.signUp();
    const admin = await t.signUp('admin');
    const trainer = await t.signUp('trainer');
    expect((await t.request('GET', `/api/certificates/${code}/pdf`, { headers: other.auth })).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/certificates/${code}/pdf`, { headers: admin.auth })).status).toBe(200);
    expect((await t.request('POST', `/api/certificates/${code}/revoke`, { headers: trainer.auth, body: { reason: 'test' } })).status).toBe(403);
    expect((await t.request('POST', `/api/certificates/${code}/revoke`, { headers: admin.auth, body: {} })).status).toBe(400);
    const revoked = await t.request('POST', `/api/certificates/${code}/revoke`, { headers: admin.auth, body: { reason: 'Issued in error' } });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ code, revoked: true });
    expect(((await t.request('GET', `/api/certificates/verify/${code}`)).body as { status: string }).status).toBe('revoked');
  });
});
