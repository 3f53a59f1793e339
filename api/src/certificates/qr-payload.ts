/**
 * The compact signed payload printed in a certificate's QR code, so that a checkpoint can verify
 * the paper with no connection (decision 0015). A full credential is over 1 kB and does not fit a
 * printable QR code; this does, in at most MAX_QR_PAYLOAD_BYTES:
 *
 *     VT1.<key id>.<body>.<signature>
 *
 * `body` is the base64url of the UTF-8 fields below joined by line feeds; `signature` is the
 * base64url Ed25519 signature of the ASCII text `VT1.<key id>.<body>` by that key, whose public
 * half is published at GET /api/certificates/keys. The QR code holds the verify URL with the
 * payload as its fragment, which browsers never send to the server: a phone camera opens the
 * verify page, and the page verifies the fragment itself. The web app's verifier
 * (web/src/app/features/certificates/data-access/qr-payload.ts) reads the same format.
 */
export const QR_PAYLOAD_PREFIX = 'VT1';
export const MAX_QR_PAYLOAD_BYTES = 400;
/** base64url of a 64-byte Ed25519 signature. */
const SIGNATURE_CHARS = 86;

export interface QrFields {
  code: string;
  learnerName: string;
  courseTitle: string;
  courseId: string;
  courseVersion: number | null;
  /** YYYY-MM-DD */
  issued: string;
  /** YYYY-MM-DD, or '' for a certificate that never expires. */
  expires: string;
  /** Position in the revocation status list, for verifiers that have a cached copy of it. */
  statusIndex: number | null;
}

const ORDER = ['code', 'learnerName', 'courseTitle', 'courseId', 'courseVersion', 'issued', 'expires', 'statusIndex'] as const;

const clean = (text: string): string => text.replace(/[\r\n]+/g, ' ');
const bodyOf = (fields: QrFields): string => Buffer.from(ORDER.map((name) => clean(String(fields[name] ?? ''))).join('\n'), 'utf8').toString('base64url');
const sizeOf = (keyId: number, body: string): number => `${QR_PAYLOAD_PREFIX}.${keyId}.${body}.`.length + SIGNATURE_CHARS;

/** Cuts a text to `length` user-perceived characters (never inside a letter and its marks), with an ellipsis. */
function shorten(text: string, length: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  return graphemes.length <= length
    ? text
    : `${graphemes
        .slice(0, Math.max(0, length - 1))
        .join('')
        .trimEnd()}…`;
}

/**
 * The fields to sign, shortened to fit: a long course title is cut first (the PDF and the
 * credential carry it whole; the course id and version identify the course exactly), then a very
 * long name.
 */
export function fitQrFields(fields: QrFields, keyId: number): QrFields {
  let fitted = { ...fields };
  for (const field of ['courseTitle', 'learnerName'] as const) {
    let length = [...fitted[field]].length;
    while (sizeOf(keyId, bodyOf(fitted)) > MAX_QR_PAYLOAD_BYTES && length > 8) {
      length -= 1;
      fitted = { ...fitted, [field]: shorten(fields[field], length) };
    }
  }
  return fitted;
}

/** The text that is signed, and the body to put in the payload. */
export function qrSigningInput(fields: QrFields, keyId: number): { body: string; signed: string } {
  const body = bodyOf(fields);
  return { body, signed: `${QR_PAYLOAD_PREFIX}.${keyId}.${body}` };
}

export function qrPayload(signed: string, signature: string): string {
  return `${signed}.${signature}`;
}

export interface ParsedQrPayload {
  keyId: number;
  /** The exact text the signature covers. */
  signed: string;
  signature: string;
  fields: QrFields;
}

/** Reads a payload, or a whole QR text (URL#payload); undefined when it is not one. Does not check the signature. */
export function parseQrPayload(text: string): ParsedQrPayload | undefined {
  const payload = text.includes('#') ? text.slice(text.lastIndexOf('#') + 1) : text.trim();
  const match = /^VT1\.(\d{1,9})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{86})$/.exec(payload);
  if (!match) return undefined;
  const values = Buffer.from(match[2], 'base64url').toString('utf8').split('\n');
  if (values.length !== ORDER.length) return undefined;
  const [code, learnerName, courseTitle, courseId, courseVersion, issued, expires, statusIndex] = values;
  return {
    keyId: Number(match[1]),
    signed: `${QR_PAYLOAD_PREFIX}.${match[1]}.${match[2]}`,
    signature: match[3],
    fields: {
      code,
      learnerName,
      courseTitle,
      courseId,
      courseVersion: courseVersion === '' ? null : Number(courseVersion),
      issued,
      expires,
      statusIndex: statusIndex === '' ? null : Number(statusIndex),
    },
  };
}
