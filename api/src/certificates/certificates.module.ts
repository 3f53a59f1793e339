import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Certificate } from './certificate.entity.js';
import { CertificateKey } from './certificate-key.entity.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { CredentialsService } from './credentials.service.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { SigningKeyService } from './signing-key.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateKey]), CatalogueModule],
  controllers: [CertificatesController],
  providers: [CertificatesService, CredentialsService, SigningKeyService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
