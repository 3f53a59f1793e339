// Certificates (decision 0015): how big the QR payload and the Open Badges credential are, and
// how long issuing and verifying them take, against a bare Ed25519 sign/verify of the same
// canonical payload in the same run (the floor any signed format pays). In process, through the
// API's own modules (api/dist: run `npm run nx -- run api:build` first; npm run bench does it).
import { appendFileSync } from 'node:fs';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import QRCode from 'qrcode';
import { renderCertificatePdf } from '../api/dist/certificates/certificate-pdf.js';
import { fitQrFields, qrPayload, qrSigningInput } from '../api/dist/certificates/qr-payload.js';
import { signCredential, verifyOpenBadge, OB_V3_CONTEXT, VC_V2_CONTEXT, didKeyOf } from '../api/dist/certificates/open-badge.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const jwk = privateKey.export({ format: 'jwk' });

/** Two learners: a short English certificate and the longest Arabic one we print (name and title past what fits). */
const CASES = {
  en: {
    code: 'VT-8KQ4-ZR7M',
    learnerName: 'Jane Doe',
    courseTitle: 'Foundations: vulnerable targets, the international framework and risk-based protection',
    language: 'en',
  },
  ar: {
    code: 'VT-H3W9-5TPB',
    learnerName: 'عبد الرحمن بن محمد بن عبد الله الحسيني (Abderrahmane El Housseini)',
    courseTitle: 'الأساسيات: الأهداف المعرضة للخطر والإطار الدولي والحماية القائمة على المخاطر',
    language: 'ar',
  },
};
const signedOf = (c) => ({
  ...c,
  courseId: 'a1-foundations',
  courseVersion: 1,
  issuedAt: '2026-12-07T10:00:00.000Z',
  expiresAt: '2029-12-07T10:00:00.000Z',
  statusIndex: 12345,
  keyId: 1,
});

async function time(rounds, work) {
  for (let i = 0; i < Math.min(10, rounds); i++) await work(); // warm up
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1] };
}
const ms = (n) => (n < 1 ? n.toFixed(3) : n.toFixed(1));

function qrTextOf(signed) {
  const fields = fitQrFields(
    {
      code: signed.code,
      learnerName: signed.learnerName,
      courseTitle: signed.courseTitle,
      courseId: signed.courseId,
      courseVersion: 1,
      issued: '2026-12-07',
      expires: '2029-12-07',
      statusIndex: signed.statusIndex,
    },
    1,
  );
  const input = qrSigningInput(fields, 1);
  const payload = qrPayload(input.signed, sign(null, Buffer.from(input.signed), privateKey).toString('base64url'));
  return { payload, text: `https://academy.example.org/verify/${signed.code}#${payload}`, fields };
}

async function credentialOf(signed) {
  const did = await didKeyOf(jwk.x);
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `https://academy.example.org/verify/${signed.code}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: did, type: ['Profile'], name: 'VT Academy', url: 'https://academy.example.org' },
    validFrom: signed.issuedAt,
    validUntil: signed.expiresAt,
    name: signed.courseTitle,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: signed.learnerName, identityType: 'name', hashed: false }],
      achievement: {
        id: 'https://academy.example.org/courses/a1-foundations#version-1',
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: signed.courseTitle,
        description: 'What makes a place a soft target, what the UN and international partners ask of States, and how to protect crowded places.',
        criteria: { narrative: 'Complete every lesson of the course and pass its final quiz (pass mark 70%).' },
        inLanguage: signed.language,
        version: '1',
      },
    },
  };
}

const rows = [];
for (const [name, c] of Object.entries(CASES)) {
  const signed = signedOf(c);
  const canonical = Buffer.from(JSON.stringify({ v: 2, ...signed }));
  const signature = sign(null, canonical, privateKey);
  const bareSign = await time(ROUNDS, () => sign(null, canonical, privateKey));
  const bareVerify = await time(ROUNDS, () => verify(null, canonical, publicKey, signature));
  const qr = qrTextOf(signed);
  const qrSign = await time(ROUNDS, () => qrTextOf(signed));
  const qrVersion = QRCode.create(qr.text, { errorCorrectionLevel: 'M' }).version;
  const unsigned = await credentialOf(signed);
  // The library adds its proof to the object it is given: sign a fresh copy each time, as the API does.
  const credential = await signCredential(structuredClone(unsigned), jwk, signed.issuedAt);
  const issue = await time(Math.min(ROUNDS, 50), () => signCredential(structuredClone(unsigned), jwk, signed.issuedAt));
  const check = await verifyOpenBadge(credential);
  if (!check.verified) throw new Error(`credential did not verify: ${check.error}`);
  const verifyTime = await time(Math.min(ROUNDS, 50), () => verifyOpenBadge(credential));
  const pdf = await renderCertificatePdf({ signed, qrText: qr.text, verifyUrl: qr.text.split('#')[0], revokedAt: null });
  const pdfTime = await time(20, () => renderCertificatePdf({ signed, qrText: qr.text, verifyUrl: qr.text.split('#')[0], revokedAt: null }));
  rows.push({ name, qr, qrVersion, qrSign, bareSign, bareVerify, credential, issue, verifyTime, pdf, pdfTime });
}

const lines = [
  '',
  '## Certificates: QR payload, Open Badges 3.0 credential, PDF',
  '',
  `In process (api/dist), one Ed25519 key; p50 / p95 of ${ROUNDS} runs (50 for the credential, 20 for the PDF) after a warm-up. Baseline: a bare Ed25519 sign and verify of the same canonical payload. The Arabic case is the longest name and title we print: the QR payload shortens the title to fit (the PDF and the credential carry it whole).`,
  '',
  '| | en | ar (long) |',
  '|---|---|---|',
  `| QR payload (bytes; goal ≤ 400) | ${rows.map((r) => Buffer.byteLength(r.qr.payload)).join(' | ')} |`,
  `| whole QR text with the verify URL (bytes) → QR version at level M | ${rows.map((r) => `${Buffer.byteLength(r.qr.text)} → ${r.qrVersion}`).join(' | ')} |`,
  `| course title in the QR payload | ${rows.map((r) => (r.qr.fields.courseTitle === CASES[r.name].courseTitle ? 'whole' : `shortened to ${[...r.qr.fields.courseTitle].length} characters`)).join(' | ')} |`,
  `| baseline: bare Ed25519 sign / verify (ms) | ${rows.map((r) => `${ms(r.bareSign.p50)} / ${ms(r.bareVerify.p50)}`).join(' | ')} |`,
  `| QR payload: fit + sign (ms, p50 / p95) | ${rows.map((r) => `${ms(r.qrSign.p50)} / ${ms(r.qrSign.p95)}`).join(' | ')} |`,
  `| credential size (bytes, JSON as downloaded) | ${rows.map((r) => Buffer.byteLength(JSON.stringify(r.credential))).join(' | ')} |`,
  `| credential issue: eddsa-rdfc-2022 (ms, p50 / p95) | ${rows.map((r) => `${ms(r.issue.p50)} / ${ms(r.issue.p95)}`).join(' | ')} |`,
  `| credential verify, offline (ms, p50 / p95) | ${rows.map((r) => `${ms(r.verifyTime.p50)} / ${ms(r.verifyTime.p95)}`).join(' | ')} |`,
  `| PDF render (ms, p50 / p95) and size (kB) | ${rows.map((r) => `${ms(r.pdfTime.p50)} / ${ms(r.pdfTime.p95)}, ${(r.pdf.length / 1024).toFixed(1)}`).join(' | ')} |`,
  '',
  `Ratios to the bare signature (p50): credential issue **${rows.map((r) => Math.round(r.issue.p50 / r.bareSign.p50)).join('× / ')}×**, credential verify **${rows.map((r) => Math.round(r.verifyTime.p50 / r.bareVerify.p50)).join('× / ')}×** (RDF canonicalisation dominates); QR payload sign **${rows.map((r) => (r.qrSign.p50 / r.bareSign.p50).toFixed(1)).join('× / ')}×**.`,
  '',
];
appendFileSync('bench/RESULTS.md', lines.join('\n'));
console.log(lines.join('\n'));
