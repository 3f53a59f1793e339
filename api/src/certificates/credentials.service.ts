import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { asLanguage, localizeCourse } from '@vt/courses';
import { BitstringStatusList, createCredential } from '@digitalbazaar/vc-bitstring-status-list';
import { And, IsNull, LessThan, MoreThanOrEqual, Not, type Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { Certificate } from './certificate.entity.js';
import { CERTIFICATE_STRINGS, fill } from './certificate-strings.js';
import { CertificatesService, type SignedCertificate } from './certificates.service.js';
import { didKeyOf, OB_V3_CONTEXT, signCredential, VC_V2_CONTEXT } from './open-badge.js';
import { SigningKeyService } from './signing-key.service.js';

/** Bits per status list: the Bitstring Status List minimum (16 kB), which herd privacy asks for. */
export const STATUS_LIST_SIZE = 131_072;

type Json = Record<string, unknown>;

export interface StatusListRef {
  keyId: number;
  list: number;
}

/**
 * The Open Badges 3.0 credential of each certificate and the revocation status lists. Both are
 * signed on request from the verified certificate row (Ed25519 is deterministic and the proof is
 * dated at issue, so a credential downloaded twice is the same bytes); nothing is stored.
 *
 * A credential's status list must have the same issuer as the credential, and the issuer is the
 * did:key of the signing key, so there is one list per signing key (and per 131,072 indexes):
 * `/api/certificates/status/<key id>-<list>`, signed by that key.
 */
@Injectable()
export class CredentialsService {
  /** Signed lists by URL, kept while the set of revoked indexes they encode is unchanged. */
  private readonly lists = new Map<string, { revoked: string; credential: Json }>();

  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    private readonly certificateService: CertificatesService,
    private readonly keys: SigningKeyService,
    private readonly catalogue: CatalogueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  statusListUrl({ keyId, list }: StatusListRef): string {
    return `${this.config.publicUrl}/api/certificates/status/${keyId}-${list}`;
  }

  async credentialFor(certificate: Certificate): Promise<Json> {
    const signed = await this.certificateService.signedContent(certificate);
    if (!signed) throw new ConflictException('This certificate’s record does not match its signature; ask an administrator.');
    const issuer = await didKeyOf((await this.keys.publicKeys()).find((key) => key.id === signed.keyId)?.x as string);
    return signCredential(await this.unsignedCredential(signed, certificate.enrolmentId, issuer), this.keys.privateJwk(signed.keyId), signed.issuedAt);
  }

  private async unsignedCredential(signed: SignedCertificate, enrolmentId: string, issuer: string): Promise<Json> {
    const language = asLanguage(signed.language);
    const words = CERTIFICATE_STRINGS[language];
    const enrolment = await this.certificates.manager.findOne(Enrolment, { where: { id: enrolmentId }, select: { courseVersionId: true } });
    const course = enrolment ? await this.catalogue.getVersion(enrolment.courseVersionId) : undefined;
    const quiz = course?.settings.completion.quizPassed ? course.settings.quiz : undefined;
    const base = this.config.publicUrl;
    const version = signed.courseVersion === null ? '' : String(signed.courseVersion);
    const ref: StatusListRef | undefined =
      signed.statusIndex === null ? undefined : { keyId: signed.keyId, list: Math.floor(signed.statusIndex / STATUS_LIST_SIZE) };
    return {
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: this.certificateService.verifyUrl(signed.code),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: issuer, type: ['Profile'], name: 'VT Academy', url: base },
      validFrom: signed.issuedAt,
      ...(signed.expiresAt ? { validUntil: signed.expiresAt } : {}),
      name: signed.courseTitle,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityHash: signed.learnerName, identityType: 'name', hashed: false }],
        achievement: {
          id: `${base}/courses/${encodeURIComponent(signed.courseId)}${version ? `#version-${version}` : ''}`,
          type: ['Achievement'],
          achievementType: 'CertificateOfCompletion',
          name: signed.courseTitle,
          description: (course && localizeCourse(course, language).text.summary) || signed.courseTitle,
          criteria: { narrative: quiz ? fill(words.criteriaQuiz, { passMark: String(quiz.passMark) }) : words.criteriaLessons },
          inLanguage: language,
          ...(version ? { version } : {}),
        },
      },
      ...(ref && signed.statusIndex !== null
        ? {
            credentialStatus: {
              id: `${this.statusListUrl(ref)}#${signed.statusIndex % STATUS_LIST_SIZE}`,
              type: 'BitstringStatusListEntry',
              statusPurpose: 'revocation',
              statusListIndex: String(signed.statusIndex % STATUS_LIST_SIZE),
              statusListCredential: this.statusListUrl(ref),
            },
          }
        : {}),
    };
  }

  /** The signed revocation list of one key's certificates in one index range; 404 for an unknown key or a later range never used. */
  async statusList(ref: StatusListRef, now = new Date()): Promise<Json> {
    const keys = await this.keys.publicKeys();
    const key = keys.find((k) => k.id === ref.keyId);
    const from = ref.list * STATUS_LIST_SIZE;
    // List 0 of every key exists from the start: verifiers save it before any certificate is revoked.
    const used =
      key &&
      (ref.list === 0 ||
        (await this.certificates.exists({ where: { keyId: ref.keyId, statusIndex: And(MoreThanOrEqual(from), LessThan(from + STATUS_LIST_SIZE)) } })));
    if (!key || !used) throw new NotFoundException('No such status list.');
    const rows = await this.certificates.find({
      where: { keyId: ref.keyId, statusIndex: And(MoreThanOrEqual(from), LessThan(from + STATUS_LIST_SIZE)), revokedAt: Not(IsNull()) },
      select: { statusIndex: true },
      order: { statusIndex: 'ASC' },
    });
    const revoked = rows.map((row) => row.statusIndex).join(',');
    const url = this.statusListUrl(ref);
    const cached = this.lists.get(url);
    if (cached?.revoked === revoked) return cached.credential;
    const list = new BitstringStatusList({ length: STATUS_LIST_SIZE });
    for (const row of rows) list.setStatus((row.statusIndex as number) - from, true);
    const unsigned = await createCredential({ id: url, list, statusPurpose: 'revocation' });
    const issued = { ...unsigned, issuer: await didKeyOf(key.x), validFrom: now.toISOString() };
    const credential = await signCredential(issued, this.keys.privateJwk(ref.keyId), now.toISOString());
    this.lists.set(url, { revoked, credential });
    return credential;
  }
}
