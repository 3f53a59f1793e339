import { verifyOpenBadge } from '../src/certificates/open-badge.js';
import { checkQrPayload, downloadPdf, earnCertificate, payloadBytes, type Earned, type KeySet } from './certificate-helpers.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp } from './test-app.js';

type Json = Record<string, unknown>;

/** The PDF's own words and the learner's name, as pdftotext reads them, in each language. */
const EXPECTED: Record<string, string[]> = {
  en: ['Certificate of completion', 'This certifies that', 'has completed the course', 'Certificate code'],
  fr: ['Certificat de réussite', 'Nous certifions que', 'a suivi avec succès la formation', 'Code du certificat'],
  ar: ['شهادة إتمام', 'نشهد بأن', 'أتم بنجاح الدورة التدريبية', 'رمز الشهادة', 'صالحة حتى'],
  ru: ['Сертификат об окончании курса', 'Настоящим удостоверяется, что', 'успешно завершил(а) курс', 'Код сертификата'],
};
const NAMES: Record<string, string> = { en: 'Jane Doe', fr: 'Éloïse Martin', ar: 'فاطمة الزهراء', ru: 'Анна Иванова' };

describe.each(DATABASES)('certificate documents on %s', (_database, url) => {
  let t: TestApp;
  const earned: Record<string, Earned> = {};
  let keys: KeySet;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    for (const language of Object.keys(EXPECTED)) earned[language] = await earnCertificate(t, language, NAMES[language]);
    keys = (await t.request('GET', '/api/certificates/keys')).body as KeySet;
  });
  afterAll(() => t?.close());

  it.each(Object.keys(EXPECTED))(
    'renders the PDF in the learner’s language (%s), with a QR payload of at most 400 bytes that zbarimg reads',
    async (language) => {
      const pdf = await downloadPdf(t, earned[language].code, earned[language].learner.auth);
      try {
        for (const words of [...EXPECTED[language], NAMES[language]]) expect(pdf.text).toContain(words);
        for (const other of Object.keys(EXPECTED).filter((l) => l !== language)) expect(pdf.text).not.toContain(EXPECTED[other][0]);
        expect(payloadBytes(pdf.qr)).toBeLessThanOrEqual(400);
        expect(checkQrPayload(pdf.qr, keys)).toMatchObject({ ok: true });
      } finally {
        pdf.remove();
      }
    },
  );

  it('refuses a QR payload whose text was changed, and one signed by a key that is not published', async () => {
    const { code, learner } = earned.en;
    const pdf = await downloadPdf(t, code, learner.auth);
    pdf.remove();
    const [url, payload] = pdf.qr.split('#');
    const [prefix, kid, body, signature] = payload.split('.');
    const fields = Buffer.from(body, 'base64url').toString('utf8').replace('Jane Doe', 'John Doe');
    const tampered = `${url}#${[prefix, kid, Buffer.from(fields, 'utf8').toString('base64url'), signature].join('.')}`;
    expect(checkQrPayload(tampered, keys)).toEqual({ ok: false, why: 'bad signature' });
    expect(checkQrPayload(`${url}#${[prefix, '99', body, signature].join('.')}`, keys)).toEqual({ ok: false, why: 'unknown key' });
    // A key id that exists but did not sign it.
    const admin = await t.signUp('admin');
    await t.request('POST', '/api/certificates/keys', { headers: admin.auth });
    const rotated = (await t.request('GET', '/api/certificates/keys')).body as KeySet;
    expect(checkQrPayload(`${url}#${[prefix, '2', body, signature].join('.')}`, rotated)).toEqual({ ok: false, why: 'bad signature' });
  });

  it('issues an Open Badges 3.0 credential that verifies offline, and refuses a tampered one', async () => {
    const { code, learner } = earned.ar;
    const res = await t.request('GET', `/api/certificates/${code}/credential`, { headers: learner.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`certificate-${code}.credential.json`);
    const credential = res.body as Json;
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { type: ['Profile'], name: 'VT Academy', id: keys.keys[0].did },
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityHash: NAMES.ar, identityType: 'name', hashed: false }],
        achievement: { type: ['Achievement'], inLanguage: 'ar', version: '1', criteria: {} },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
    expect(await verifyOpenBadge(credential)).toEqual({ verified: true });
    const again = (await t.request('GET', `/api/certificates/${code}/credential`, { headers: learner.auth })).body;
    expect(again).toEqual(credential);
    const tampered = structuredClone(credential);
    (tampered.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0].identityHash = 'Someone Else';
    expect(await verifyOpenBadge(tampered)).toMatchObject({ verified: false });
    const otherIssuer = structuredClone(credential);
    (otherIssuer.issuer as Json).id = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
    expect(await verifyOpenBadge(otherIssuer)).toMatchObject({ verified: false });
  });

  it('publishes revocation in a signed status list that the library reads, and marks the revoked PDF', async () => {
    const { code, learner } = earned.fr;
    const credential = (await t.request('GET', `/api/certificates/${code}/credential`, { headers: learner.auth })).body as Json;
    const statusUrl = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    const fetchList = async (): Promise<Map<string, unknown>> => {
      const res = await t.request('GET', new URL(statusUrl).pathname);
      expect(res.status).toBe(200);
      return new Map([[statusUrl, res.body]]);
    };
    expect(await verifyOpenBadge(credential, { statusLists: await fetchList() })).toEqual({ verified: true, revoked: false });
    const admin = await t.signUp('admin');
    expect((await t.request('POST', `/api/certificates/${code}/revoke`, { headers: admin.auth, body: { reason: 'Issued in error' } })).status).toBe(200);
    expect(await verifyOpenBadge(credential, { statusLists: await fetchList() })).toMatchObject({ verified: false, revoked: true });
    const pdf = await downloadPdf(t, code, learner.auth);
    pdf.remove();
    expect(pdf.text).toContain('RÉVOQUÉ');
    expect(pdf.text).toMatch(/Révoqué le .*n’est plus valable/);
    // No signed payload: a copy printed after revocation cannot pass an offline check.
    expect(pdf.qr).toBe(`${t.config.publicUrl}/verify/${code}`);
    expect((await t.request('GET', '/api/certificates/status/1-9')).status).toBe(404);
    expect((await t.request('GET', '/api/certificates/status/99-0')).status).toBe(404);
    // A key with no certificate yet still has its (empty) first list, so verifiers can save it at once.
    const admin2 = await t.signUp('admin');
    const fresh = (await t.request('POST', '/api/certificates/keys', { headers: admin2.auth })).body as { kid: string };
    expect((await t.request('GET', `/api/certificates/status/${fresh.kid}-0`)).status).toBe(200);
    expect((await t.request('GET', '/api/certificates/status/nope')).status).toBe(400);
  });

  it('writes the Arabic PDF’s dates in the instance’s digits (ARABIC_DIGITS=arabic-indic)', async () => {
    const indic = await startTestApp(url, { ...CURRICULUM, ARABIC_DIGITS: 'arabic-indic' });
    try {
      const { code, learner } = await earnCertificate(indic, 'ar', 'ليلى');
      const pdf = await downloadPdf(indic, code, learner.auth);
      pdf.remove();
      const year = String(new Date().getUTCFullYear()).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
      const dates = pdf.text.split('\n').find((line) => line.includes('صدرت في')) ?? '';
      expect(dates).toContain(year);
      expect(dates).not.toMatch(/[0-9]/);
    } finally {
      await indic.close();
    }
  });
});
