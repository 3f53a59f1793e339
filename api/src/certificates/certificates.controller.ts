import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { User } from '../users/user.entity.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { CertificatesService, type CertificateView, type Verification } from './certificates.service.js';
import { CredentialsService } from './credentials.service.js';
import { RevokeDto } from './dto/revoke.dto.js';
import { didKeyOf } from './open-badge.js';
import { SigningKeyService, type PublicSigningKey } from './signing-key.service.js';

const CODE = /^[A-Z0-9-]{1,16}$/;
const STATUS_LIST = /^(\d{1,9})-(\d{1,6})$/;

/** One entry of the published key set: a JWK (RFC 8037) with our key id, its did:key and its date. */
export interface PublishedKey {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  alg: 'EdDSA';
  use: 'sig';
  x: string;
  did: string;
  created: string;
}

async function published(key: PublicSigningKey): Promise<PublishedKey> {
  return {
    kid: String(key.id),
    kty: 'OKP',
    crv: 'Ed25519',
    alg: 'EdDSA',
    use: 'sig',
    x: key.x,
    did: await didKeyOf(key.x),
    created: key.createdAt.toISOString(),
  };
}

@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly credentials: CredentialsService,
    private readonly keys: SigningKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me')
  @Roles(...SIGNED_IN)
  mine(@CurrentUser() user: User): Promise<CertificateView[]> {
    return this.certificates.listForUser(user.id);
  }

  /** Public on purpose: anyone holding the paper can check it, and learns only name, course and dates. */
  @Get('verify/:code')
  @Roles('public')
  verify(@Param('code') code: string): Promise<Verification> {
    if (!CODE.test(code.toUpperCase())) return Promise.resolve({ status: 'unknown' });
    return this.certificates.verify(code.toUpperCase());
  }

  /** Every public key that ever signed a certificate (a JWK set): verifiers cache it and check QR codes and credentials offline. */
  @Get('keys')
  @Roles('public')
  async keySet(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ keys: PublishedKey[] }> {
    void reply.header('cache-control', 'public, max-age=300');
    return { keys: await Promise.all((await this.keys.publicKeys()).map(published)) };
  }

  /** Rotates the signing key: new certificates are signed by a new key; every older certificate still verifies. */
  @Post('keys')
  @Roles('admin')
  async rotate(): Promise<PublishedKey> {
    return published(await this.keys.rotate());
  }

  /** A revocation list (Bitstring Status List credential) named in the credentials' credentialStatus. */
  @Get('status/:list')
  @Roles('public')
  async statusList(@Param('list') list: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const match = STATUS_LIST.exec(list);
    if (!match) throw new BadRequestException({ message: 'Unknown status list.', errors: [{ field: 'list', message: 'is <key id>-<list number>' }] });
    void reply.header('cache-control', 'public, max-age=300');
    return this.credentials.statusList({ keyId: Number(match[1]), list: Number(match[2]) });
  }

  @Get(':code/pdf')
  @Roles(...SIGNED_IN)
  async pdf(@Param('code') code: string, @CurrentUser() user: User, @Res() reply: FastifyReply): Promise<void> {
    const { certificate, signed } = await this.certificates.findSignedForDownload(code.toUpperCase(), user);
    const verifyUrl = this.certificates.verifyUrl(certificate.code);
    const qrText = certificate.revokedAt ? verifyUrl : this.certificates.qrText(signed);
    const pdf = await renderCertificatePdf({ signed, qrText, verifyUrl, revokedAt: certificate.revokedAt, arabicDigits: this.config.arabicDigits });
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }

  /** The certificate as an Open Badges 3.0 verifiable credential, for a wallet or another LMS. */
  @Get(':code/credential')
  @Roles(...SIGNED_IN)
  async credential(@Param('code') code: string, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const { certificate } = await this.certificates.findSignedForDownload(code.toUpperCase(), user);
    void reply
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.credential.json"`)
      .header('cache-control', 'private, no-store');
    return this.credentials.credentialFor(certificate);
  }

  @Post(':code/revoke')
  @HttpCode(200)
  @Roles('admin')
  revoke(@Param('code') code: string, @Body() dto: RevokeDto, @CurrentUser() admin: User): Promise<CertificateView> {
    return this.certificates.revoke(code.toUpperCase(), dto.reason, admin);
  }
}
