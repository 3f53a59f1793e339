import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';
import type { EnrolmentView } from '../enrolments/enrolment-view.js';
import type { User } from '../users/user.entity.js';
import { InvitationsService, type InvitationView } from './invitations.service.js';

/** A learner's invitations to cohorts (docs/decisions/0014): only their own, answered only by them. */
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('me')
  @Roles(...SIGNED_IN)
  mine(@CurrentUser() user: User): Promise<InvitationView[]> {
    return this.invitations.pending(user);
  }

  @Post(':cohortId/accept')
  @HttpCode(200)
  @Roles(...SIGNED_IN)
  accept(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() user: User): Promise<EnrolmentView> {
    return this.invitations.accept(cohortId, user);
  }

  @Post(':cohortId/decline')
  @HttpCode(204)
  @Roles(...SIGNED_IN)
  async decline(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() user: User): Promise<void> {
    await this.invitations.decline(cohortId, user);
  }
}
