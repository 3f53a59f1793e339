import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { visualRuns } from './bidi-runs.js';
import type { Certificate } from './certificate.entity.js';

// DejaVu Sans covers Latin, Cyrillic and Arabic in one font and extracts cleanly (certificate-notes.md).
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

type Doc = InstanceType<typeof PDFDocument>;

/** Draws one line centred, run by run; shrinks the size until it fits, since these lines cannot wrap. */
function centredLine(doc: Doc, text: string, y: number, font: string, size: number, maxWidth: number): void {
  const runs = visualRuns(text);
  doc.font(font);
  let fontSize = size;
  const width = (): number => runs.reduce((sum, run) => sum + doc.fontSize(fontSize).widthOfString(run.text, { features: [] }), 0);
  while (fontSize > 8 && width() > maxWidth) fontSize -= 1;
  let x = (doc.page.width - width()) / 2;
  for (const run of runs) {
    doc.fontSize(fontSize).text(run.text, x, y, { lineBreak: false, features: [] });
    x += doc.widthOfString(run.text, { features: [] });
  }
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

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The certificate as an A4 landscape PDF: name, course, dates, code, and a QR code of the verify URL. */
export function renderCertificatePdf(certificate: Certificate, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 48,
    info: { Title: `VT Academy certificate ${certificate.code}`, Author: 'VT Academy' },
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
  centredLine(doc, 'VT Academy', 70, BOLD, 20, maxWidth);
  centredLine(doc, 'Certificate of completion', 120, BOLD, 32, maxWidth);
  centredLine(doc, 'This certifies that', 185, REGULAR, 14, maxWidth);
  centredLine(doc, certificate.learnerName, 215, BOLD, 28, maxWidth);
  centredLine(doc, 'has completed the course', 270, REGULAR, 14, maxWidth);
  centredLine(doc, certificate.courseTitle, 300, BOLD, 22, maxWidth);
  const dates = `Issued ${day(certificate.issuedAt)}` + (certificate.expiresAt ? `   ·   Valid until ${day(certificate.expiresAt)}` : '');
  centredLine(doc, dates, 360, REGULAR, 12, maxWidth);
  centredLine(doc, `Certificate code ${certificate.code}`, 385, REGULAR, 12, maxWidth);
  const qrSize = 110;
  drawQr(doc, verifyUrl, doc.page.width - 48 - qrSize - 20, doc.page.height - 48 - qrSize - 30, qrSize);
  doc
    .font(REGULAR)
    .fontSize(8)
    .text(`Verify: ${verifyUrl}`, 60, doc.page.height - 80, { lineBreak: false });
  doc.end();
  return done;
}
