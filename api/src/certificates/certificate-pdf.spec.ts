import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCertificatePdf } from './certificate-pdf.js';
import type { SignedCertificate } from './certificates.service.js';

const signed: SignedCertificate = {
  code: 'VT-ABCD-EFGH',
  learnerName: 'محمد أحمد',
  courseId: 'a1-foundations',
  courseTitle: 'الأساسيات',
  courseVersion: 1,
  language: 'ar',
  issuedAt: '2026-12-07T10:00:00.000Z',
  expiresAt: '2029-12-07T10:00:00.000Z',
  statusIndex: 0,
  keyId: 1,
};

/** The PDF's text as pdftotext (Debian poppler-utils) extracts it. */
async function textOf(arabicDigits: 'latn' | 'arab'): Promise<string> {
  const pdf = await renderCertificatePdf({
    signed,
    qrText: 'https://academy.example.org/verify/VT-ABCD-EFGH',
    verifyUrl: 'https://academy.example.org/verify/VT-ABCD-EFGH',
    revokedAt: null,
    arabicDigits,
  });
  const dir = mkdtempSync(join(tmpdir(), 'vt-pdf-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'c.pdf'), '-']).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Arabic certificate’s dates', () => {
  it('are written in Arabic-Indic digits, in their right order, when the instance asks for them', async () => {
    const text = await textOf('arab');
    expect(text).toContain('٢٠٢٦');
    expect(text).toContain('٢٠٢٩');
    expect(text).not.toContain('٦٢٠٢');
    expect(text).not.toContain('2026');
  });

  it('are written in Latin digits by default', async () => {
    const text = await textOf('latn');
    expect(text).toContain('2026');
    expect(text).not.toContain('٢٠٢٦');
  });
});
