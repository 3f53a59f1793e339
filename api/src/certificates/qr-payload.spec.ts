import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { fitQrFields, MAX_QR_PAYLOAD_BYTES, parseQrPayload, qrPayload, qrSigningInput, type QrFields } from './qr-payload.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');

function payloadFor(fields: QrFields, keyId = 12): string {
  const fitted = fitQrFields(fields, keyId);
  const input = qrSigningInput(fitted, keyId);
  return qrPayload(input.signed, sign(null, Buffer.from(input.signed), privateKey).toString('base64url'));
}

const base: QrFields = {
  code: 'VT-ABCD-EFGH',
  learnerName: 'Jane Doe',
  courseTitle: 'Foundations',
  courseId: 'a1-foundations',
  courseVersion: 3,
  issued: '2026-12-07',
  expires: '',
  statusIndex: 131071,
};

describe('the QR payload', () => {
  it('reads back what was signed, and the signature covers the prefix, the key id and the body', () => {
    const payload = payloadFor(base);
    const parsed = parseQrPayload(`https://academy.example.org/verify/VT-ABCD-EFGH#${payload}`);
    expect(parsed?.fields).toEqual(base);
    expect(parsed?.keyId).toBe(12);
    expect(verify(null, Buffer.from(parsed?.signed ?? ''), publicKey, Buffer.from(parsed?.signature ?? '', 'base64url'))).toBe(true);
  });

  it('stays within 400 bytes for the longest name and title, cutting the title first and never inside a letter', () => {
    const learnerName = 'عبدُ الرحمنِ '.repeat(15).trim(); // 200 characters with vowel marks
    const courseTitle = 'الأساسيات: الأهداف المعرّضة للخطر والإطار الدولي والحماية القائمة على المخاطر '.repeat(4).trim();
    const payload = payloadFor({ ...base, learnerName, courseTitle });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_QR_PAYLOAD_BYTES);
    const fields = parseQrPayload(payload)?.fields;
    expect(fields?.courseTitle.endsWith('…')).toBe(true);
    // Cut from the start of the real title, never leaving a vowel mark without its letter.
    const kept = fields?.courseTitle.slice(0, -1) ?? '';
    expect(courseTitle.startsWith(kept)).toBe(true);
    expect(kept).not.toMatch(/(^|\s)[\u064B-\u0652]/u);
    expect(fields?.learnerName.length).toBeGreaterThan(0);
  });

  it('leaves short fields whole', () => {
    expect(parseQrPayload(payloadFor(base))?.fields.courseTitle).toBe('Foundations');
  });

  it('refuses what is not a payload', () => {
    expect(parseQrPayload('https://academy.example.org/verify/VT-ABCD-EFGH')).toBeUndefined();
    expect(parseQrPayload('VT1.1.AAAA.short')).toBeUndefined();
  });
});
