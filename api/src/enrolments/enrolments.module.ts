import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { UsersModule } from '../users/users.module.js';
import { MaintenanceRun } from '../database/maintenance-run.entity.js';
import { CompletionRecheck } from './completion-recheck.js';
import { Enrolment } from './enrolment.entity.js';
import { EnrolmentsController } from './enrolments.controller.js';
import { EnrolmentsService } from './enrolments.service.js';
import { ProgressWriter } from './progress-writer.js';

@Module({
  imports: [TypeOrmModule.forFeature([Enrolment, MaintenanceRun]), CatalogueModule, CertificatesModule, UsersModule],
  controllers: [EnrolmentsController],
  providers: [EnrolmentsService, ProgressWriter, CompletionRecheck],
  exports: [EnrolmentsService],
})
export class EnrolmentsModule {}
