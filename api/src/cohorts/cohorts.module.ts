import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringModule } from '../authoring/authoring.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { UsersModule } from '../users/users.module.js';
import { CohortInvitation } from './cohort-invitation.entity.js';
import { CohortMember } from './cohort-member.entity.js';
import { Cohort } from './cohort.entity.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortMember, CohortInvitation]), UsersModule, EnrolmentsModule, AuthoringModule, CatalogueModule],
  controllers: [CohortsController, InvitationsController],
  providers: [CohortsService, InvitationsService],
  exports: [CohortsService],
})
export class CohortsModule {}
