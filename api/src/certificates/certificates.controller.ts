import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { CertificatesService, type CertificateView, type Verification } from './certificates.service.js';
import { RevokeDto } from './dto/revoke.dto.js';

const CODE = /^[A-Z0-9-]{1,16}$/;

@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

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

  @Get(':code/pdf')
  @Roles(...SIGNED_IN)
  async pdf(@Param('code') code: string, @CurrentUser() user: User, @Res() reply: FastifyReply): Promise<void> {
    const certificate = await this.certificates.findForDownload(code.toUpperCase(), user);
    const pdf = await renderCertificatePdf(certificate, this.certificates.verifyUrl(certificate.code));
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }

  @Post(':code/revoke')
  @HttpCode(200)
  @Roles('admin')
  revoke(@Param('code') code: string, @Body() dto: RevokeDto, @CurrentUser() admin: User): Promise<CertificateView> {
    return this.certificates.revoke(code.toUpperCase(), dto.reason, admin);
  }
}
