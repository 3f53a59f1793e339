import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringModule } from '../authoring/authoring.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { UsersModule } from '../users/users.module.js';
import { CohortMember } from './cohort-member.entity.js';
import { Cohort } from './cohort.entity.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortMember]), UsersModule, EnrolmentsModule, AuthoringModule],
  controllers: [CohortsController],
  providers: [CohortsService],
  exports: [CohortsService],
})
export class CohortsModule {}
