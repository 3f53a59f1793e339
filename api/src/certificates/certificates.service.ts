import { Inject, Injectable, NotFoundException } from '@nestjs/common';
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
import { Certificate } from './certificate.entity.js';
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
    // 30^8 possible codes: a clash is vanishingly unlikely, and the primary key would refuse one.
    const code = newCertificateCode();
    const payload = canonicalJson({
      v: 1,
      code,
      learnerName: learner.displayName,
      courseId: course.settings.id,
      courseTitle,
      issuedAt: issuedAt.toISOString(),
      expiresAt: expiresAt?.toISOString() ?? null,
    });
    const certificate = manager.create(Certificate, {
      code,
      userId: learner.id,
      enrolmentId: enrolment.id,
      courseId: course.settings.id,
      learnerName: learner.displayName,
      courseTitle,
      language: asLanguage(learner.language),
      issuedAt,
      expiresAt,
      payload,
      signature: this.keys.sign(payload),
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

  /** The certificate if the user may download it (its holder or an admin); 404 otherwise. */
  async findForDownload(code: string, user: User): Promise<Certificate> {
    const certificate = await this.certificates.findOneBy({ code });
    if (!certificate || (certificate.userId !== user.id && user.role !== 'admin')) throw new NotFoundException('No such certificate.');
    return certificate;
  }

  async verify(code: string, now = new Date()): Promise<Verification> {
    const certificate = await this.certificates.findOneBy({ code });
    // A row whose signature does not check was not issued by us: treat it as unknown.
    if (!certificate || !this.keys.verify(certificate.payload, certificate.signature)) return { status: 'unknown' };
    const signed = JSON.parse(certificate.payload) as { learnerName: string; courseTitle: string; issuedAt: string; expiresAt: string | null };
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
