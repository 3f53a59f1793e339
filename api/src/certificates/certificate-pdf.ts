import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { visualRuns } from './bidi-runs.js';
import { asLanguage, type Language } from '@vt/courses';
import type { SignedCertificate } from './certificates.service.js';
import { fill, CERTIFICATE_STRINGS } from './certificate-strings.js';

// DejaVu Sans covers Latin, Cyrillic and Arabic in one font and extracts cleanly (pdftotext reads its Arabic back in logical order, tested in certificates-documents.spec.ts).
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

type Doc = InstanceType<typeof PDFDocument>;

/** Draws one line run by run from x; shrinks the size until it fits, since these lines cannot wrap. */
function runsAt(doc: Doc, text: string, x: (width: number) => number, y: number, font: string, size: number, maxWidth: number): void {
  const runs = visualRuns(text);
  doc.font(font);
  let fontSize = size;
  const width = (): number => runs.reduce((sum, run) => sum + doc.fontSize(fontSize).widthOfString(run.text, { features: [] }), 0);
  while (fontSize > 6 && width() > maxWidth) fontSize -= 1;
  let left = x(width());
  for (const run of runs) {
    doc.fontSize(fontSize).text(run.text, left, y, { lineBreak: false, features: [] });
    left += doc.widthOfString(run.text, { features: [] });
  }
}

function centredLine(doc: Doc, text: string, y: number, font: string, size: number, maxWidth: number): void {
  runsAt(doc, text, (width) => (doc.page.width - width) / 2, y, font, size, maxWidth);
}

function leftLine(doc: Doc, text: string, x: number, y: number, font: string, size: number, maxWidth: number): void {
  runsAt(doc, text, () => x, y, font, size, maxWidth);
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + quiet * 2);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}

export interface CertificatePdfInput {
  signed: SignedCertificate;
  /** What the QR code holds: the verify URL, with the signed payload unless the certificate is revoked. */
  qrText: string;
  verifyUrl: string;
  revokedAt: Date | null;
  /** The digits of Arabic dates (ARABIC_DIGITS); Intl's default for Arabic when absent. */
  arabicDigits?: 'latn' | 'arab';
}

/** Dates as the web app shows them in that language (month names; in Arabic, the instance's digits), in UTC. */
const formatDate = (language: Language, date: string | Date, arabicDigits?: 'latn' | 'arab'): string =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'UTC',
    ...(language === 'ar' && arabicDigits ? { numberingSystem: arabicDigits } : {}),
  }).format(new Date(date));

/** A large pale word across the middle of the page, under the text (level, so that it reads as text too). */
function stamp(doc: Doc, word: string): void {
  doc.save();
  doc.fillColor('#b42318').fillOpacity(0.2);
  centredLine(doc, word, doc.page.height / 2 - 70, BOLD, 110, doc.page.width - 160);
  doc.restore();
  doc.fillColor('#000000').fillOpacity(1);
}

/**
 * The certificate as an A4 landscape PDF in the learner's language (the one recorded at issue):
 * name, course, dates, code, and a QR code. Arabic lines are laid out right to left run by run
 * (bidi-runs.ts). A revoked certificate still downloads, for the holder's records, but is
 * stamped REVOKED with the date, and its QR code holds only the verify URL, so no copy printed
 * after revocation can pass an offline check.
 */
export function renderCertificatePdf({ signed, qrText, verifyUrl, revokedAt, arabicDigits }: CertificatePdfInput): Promise<Buffer> {
  const language = asLanguage(signed.language);
  const words = CERTIFICATE_STRINGS[language];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 48,
    lang: language,
    info: { Title: `VT Academy — ${words.title} ${signed.code}`, Author: 'VT Academy' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const maxWidth = doc.page.width - 140;
  doc
    .lineWidth(3)
    .rect(24, 24, doc.page.width - 48, doc.page.height - 48)
    .stroke('#1f4e79');
  if (revokedAt) stamp(doc, words.revoked);
  centredLine(doc, 'VT Academy', 70, BOLD, 20, maxWidth);
  centredLine(doc, words.title, 120, BOLD, 32, maxWidth);
  centredLine(doc, words.certifies, 185, REGULAR, 14, maxWidth);
  centredLine(doc, signed.learnerName, 215, BOLD, 28, maxWidth);
  centredLine(doc, words.completed, 270, REGULAR, 14, maxWidth);
  centredLine(doc, signed.courseTitle, 300, BOLD, 22, maxWidth);
  const issued = fill(words.issued, { date: formatDate(language, signed.issuedAt, arabicDigits) });
  const dates = signed.expiresAt
    ? fill(words.dates, { issued, valid: fill(words.validUntil, { date: formatDate(language, signed.expiresAt, arabicDigits) }) })
    : issued;
  centredLine(doc, dates, 360, REGULAR, 12, maxWidth);
  centredLine(doc, fill(words.code, { code: signed.code }), 385, REGULAR, 12, maxWidth);
  if (revokedAt) {
    doc.fillColor('#b42318');
    centredLine(doc, fill(words.revokedOn, { date: formatDate(language, revokedAt, arabicDigits) }), 410, BOLD, 13, maxWidth);
    doc.fillColor('#000000');
  }
  const qrSize = 130;
  drawQr(doc, qrText, doc.page.width - 40 - qrSize, doc.page.height - 40 - qrSize, qrSize);
  leftLine(doc, fill(words.verify, { url: verifyUrl }), 56, doc.page.height - 70, REGULAR, 8, doc.page.width - 260);
  doc.end();
  return done;
}
