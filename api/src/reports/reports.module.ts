import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringModule } from '../authoring/authoring.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { Attempt } from '../quizzes/attempt.entity.js';
import { User } from '../users/user.entity.js';
import { CohortProgressService } from './cohort-progress.service.js';
import { ReportProjection } from './report-projection.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Attempt]), CatalogueModule, CohortsModule, EnrolmentsModule, AuthoringModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportProjection, CohortProgressService],
  exports: [ReportsService, ReportProjection],
})
export class ReportsModule {}
