/**
 * Reads the signed payload printed in a certificate's QR code. The format is defined where the API
 * writes it (api/src/certificates/qr-payload.ts, decision 0015):
 *
 *     <verify URL>#VT1.<key id>.<base64url body>.<base64url Ed25519 signature>
 *
 * The body is UTF-8 lines: code, name, course title, course id, course version, issued and expiry
 * dates (YYYY-MM-DD, expiry empty when it never expires), status-list index. The signature covers
 * the ASCII text `VT1.<key id>.<body>`.
 */
export interface QrPayload {
  keyId: string;
  signed: string;
  signature: Uint8Array<ArrayBuffer>;
  code: string;
  learnerName: string;
  courseTitle: string;
  courseId: string;
  courseVersion: string;
  issued: string;
  expires: string;
  statusIndex?: number;
}

const PAYLOAD = /(?:^|#)(VT1)\.(\d{1,9})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{86})\s*$/;

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** The payload in a QR code's text (or the text itself), or undefined when it is not one. The signature is not checked here. */
export function parseQrPayload(text: string): QrPayload | undefined {
  const match = PAYLOAD.exec(text.trim());
  if (!match) return undefined;
  let lines: string[];
  try {
    lines = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(match[3])).split('\n');
  } catch {
    return undefined;
  }
  if (lines.length !== 8) return undefined;
  const [code, learnerName, courseTitle, courseId, courseVersion, issued, expires, statusIndex] = lines;
  return {
    keyId: match[2],
    signed: `${match[1]}.${match[2]}.${match[3]}`,
    signature: fromBase64Url(match[4]),
    code,
    learnerName,
    courseTitle,
    courseId,
    courseVersion,
    issued,
    expires,
    ...(/^\d+$/.test(statusIndex) ? { statusIndex: Number(statusIndex) } : {}),
  };
}

/** Checks the Ed25519 signature with a published key (JWK `x`), in the browser's Web Crypto. */
export async function verifyQrSignature(payload: QrPayload, x: string): Promise<boolean> {
  const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, payload.signature, new TextEncoder().encode(payload.signed));
}
