import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { localizeCourse, type Course } from '@vt/courses';
import { canonicalJson } from '@vt/courses/node';
import { randomBytes } from 'node:crypto';
import { In, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import type { Enrolment } from '../enrolments/enrolment.entity.js';
import { asLanguage } from '../enrolments/enrolment-view.js';
import type { User } from '../users/user.entity.js';
import { CourseVersion } from '../catalogue/course-version.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificateStatusCounter } from './certificate-status-counter.entity.js';
import { fitQrFields, qrPayload, qrSigningInput } from './qr-payload.js';
import { SigningKeyService } from './signing-key.service.js';

/** Contract types (docs/api.md), defined once in the course model. */
export type { CertificateView, VerificationView as Verification } from '@vt/courses';
import type { CertificateView, VerificationView as Verification } from '@vt/courses';

// Crockford-style alphabet without 0/O, 1/I/L and U: codes are read aloud and typed from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newCertificateCode(): string {
  const chars = [...randomBytes(8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `VT-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** What a certificate's signature covers: everything the QR code, the PDF and the credential show. */
export interface SignedCertificate {
  code: string;
  learnerName: string;
  courseId: string;
  courseTitle: string;
  courseVersion: number | null;
  language: string;
  issuedAt: string;
  expiresAt: string | null;
  statusIndex: number | null;
  keyId: number;
}

const day = (iso: string | null): string => iso?.slice(0, 10) ?? '';

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly keys: SigningKeyService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${encodeURIComponent(code)}`;
  }

  toView(certificate: Certificate): CertificateView {
    return {
      code: certificate.code,
      courseId: certificate.courseId,
      courseTitle: certificate.courseTitle,
      learnerName: certificate.learnerName,
      issuedAt: certificate.issuedAt.toISOString(),
      ...(certificate.expiresAt ? { expiresAt: certificate.expiresAt.toISOString() } : {}),
      verifyUrl: this.verifyUrl(certificate.code),
      revoked: certificate.revokedAt !== null,
    };
  }

  /** Issues the enrolment's certificate inside the caller's transaction (once: the enrolment id is unique). */
  async issue(manager: EntityManager, enrolment: Enrolment, course: Course, learner: User): Promise<Certificate> {
    const existing = await manager.findOneBy(Certificate, { enrolmentId: enrolment.id });
    if (existing) return existing;
    const issuedAt = new Date();
    const months = course.settings.certificate?.validityMonths;
    const expiresAt = months ? addMonths(issuedAt, months) : null;
    const courseTitle = localizeCourse(course, asLanguage(learner.language)).text.title;
    const language = asLanguage(learner.language);
    const version = await manager.findOne(CourseVersion, { where: { id: enrolment.courseVersionId }, select: { version: true } });
    // The next status-list index; the row lock makes concurrent issues on PostgreSQL take turns.
    const counter = await manager.findOneOrFail(CertificateStatusCounter, { where: { id: 1 }, ...this.transactions.forUpdate() });
    await manager.update(CertificateStatusCounter, { id: 1 }, { nextIndex: counter.nextIndex + 1 });
    const keyId = await this.keys.activeKeyId(manager);
    // 30^8 possible codes: a clash is vanishingly unlikely, and the primary key would refuse one.
    const code = newCertificateCode();
    const signed: SignedCertificate = {
      code,
      learnerName: learner.displayName,
      courseId: course.settings.id,
      courseTitle,
      courseVersion: version?.version ?? null,
      language,
      issuedAt: issuedAt.toISOString(),
      expiresAt: expiresAt?.toISOString() ?? null,
      statusIndex: counter.nextIndex,
      keyId,
    };
    const payload = canonicalJson({ v: 2, ...signed });
    const certificate = manager.create(Certificate, {
      code,
      userId: learner.id,
      enrolmentId: enrolment.id,
      courseId: course.settings.id,
      learnerName: learner.displayName,
      courseTitle,
      language,
      issuedAt,
      expiresAt,
      payload,
      signature: this.keys.sign(payload, keyId),
      keyId,
      courseVersion: signed.courseVersion,
      statusIndex: signed.statusIndex,
      revokedAt: null,
      revokeReason: null,
    });
    await manager.insert(Certificate, certificate);
    await this.audit.record(manager, 'certificate.issued', code, null, { enrolmentId: enrolment.id, userId: learner.id, courseId: course.settings.id });
    return certificate;
  }

  async codeForEnrolment(enrolmentId: string): Promise<string | undefined> {
    return (await this.certificates.findOne({ where: { enrolmentId }, select: { code: true } }))?.code;
  }

  async codesForEnrolments(enrolmentIds: string[]): Promise<Map<string, string>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows = await this.certificates.find({ where: { enrolmentId: In(enrolmentIds) }, select: { code: true, enrolmentId: true } });
    return new Map(rows.map((row) => [row.enrolmentId, row.code]));
  }

  async listForUser(userId: string): Promise<CertificateView[]> {
    const rows = await this.certificates.find({ where: { userId }, order: { issuedAt: 'ASC' } });
    return rows.map((row) => this.toView(row));
  }

  /** The certificate and its verified content if the user may download it (its holder or an admin); 404 otherwise, 409 if its row no longer matches its signature. */
  async findSignedForDownload(code: string, user: User): Promise<{ certificate: Certificate; signed: SignedCertificate }> {
    const certificate = await this.certificates.findOneBy({ code });
    if (!certificate || (certificate.userId !== user.id && user.role !== 'admin')) throw new NotFoundException('No such certificate.');
    const signed = await this.signedContent(certificate);
    if (!signed) throw new ConflictException('This certificate’s record does not match its signature; ask an administrator.');
    return { certificate, signed };
  }

  /**
   * The signed content of a stored certificate, or undefined when its signature does not hold (a
   * row that was edited, or not issued by us). Certificates signed before key ids (payload v1)
   * take the fields v1 did not sign from their columns.
   */
  async signedContent(certificate: Certificate): Promise<SignedCertificate | undefined> {
    if (!(await this.keys.knows(certificate.keyId))) return undefined;
    if (!this.keys.verify(certificate.payload, certificate.signature, certificate.keyId)) return undefined;
    const { v, ...signed } = JSON.parse(certificate.payload) as SignedCertificate & { v: number };
    if (v === 1)
      return {
        ...signed,
        courseVersion: certificate.courseVersion,
        language: certificate.language,
        statusIndex: certificate.statusIndex,
        keyId: certificate.keyId,
      };
    return signed.keyId === certificate.keyId ? signed : undefined;
  }

  /** The QR code's text: the verify URL with the compact signed payload (qr-payload.ts) as its fragment. */
  qrText(signed: SignedCertificate): string {
    const fields = fitQrFields(
      {
        code: signed.code,
        learnerName: signed.learnerName,
        courseTitle: signed.courseTitle,
        courseId: signed.courseId,
        courseVersion: signed.courseVersion,
        issued: day(signed.issuedAt),
        expires: day(signed.expiresAt),
        statusIndex: signed.statusIndex,
      },
      signed.keyId,
    );
    const input = qrSigningInput(fields, signed.keyId);
    return `${this.verifyUrl(signed.code)}#${qrPayload(input.signed, this.keys.sign(input.signed, signed.keyId))}`;
  }

  async verify(code: string, now = new Date()): Promise<Verification> {
    const certificate = await this.certificates.findOneBy({ code });
    // A row whose signature does not check was not issued by us: treat it as unknown.
    const signed = certificate && (await this.signedContent(certificate));
    if (!certificate || !signed) return { status: 'unknown' };
    const status = certificate.revokedAt ? 'revoked' : signed.expiresAt && new Date(signed.expiresAt) < now ? 'expired' : 'valid';
    return {
      status,
      learnerName: signed.learnerName,
      courseTitle: signed.courseTitle,
      issuedAt: signed.issuedAt,
      ...(signed.expiresAt ? { expiresAt: signed.expiresAt } : {}),
    };
  }

  async revoke(code: string, reason: string, admin: User): Promise<CertificateView> {
    const certificate = await this.transactions.run(async (manager) => {
      const found = await manager.findOne(Certificate, { where: { code }, ...this.transactions.forUpdate() });
      if (!found) throw new NotFoundException('No such certificate.');
      if (!found.revokedAt) {
        found.revokedAt = new Date();
        found.revokeReason = reason;
        await manager.update(Certificate, { code }, { revokedAt: found.revokedAt, revokeReason: reason });
        await this.audit.record(manager, 'certificate.revoked', code, admin.id, { reason });
      }
      return found;
    });
    return this.toView(certificate);
  }
}
