import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import type { EnrolmentView } from '../enrolments/enrolment-view.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import type { User } from '../users/user.entity.js';
import type { CohortView, RosterPreview } from './cohort-view.js';
import { CohortsService, type RosterCommit } from './cohorts.service.js';
import { CreateCohortDto, ExtensionDto, RosterDto, UpdateCohortDto } from './dto/cohort.dto.js';

/** Cohorts: trainers manage their own, admins all (others' cohorts answer 404). */
@Controller('trainer/cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Post()
  @Roles(...STAFF)
  create(@Body() dto: CreateCohortDto, @CurrentUser() user: User): Promise<CohortView> {
    return this.cohorts.create(dto, user);
  }

  @Get()
  @Roles(...STAFF)
  list(@CurrentUser() user: User): Promise<CohortView[]> {
    return this.cohorts.list(user);
  }

  @Get(':id')
  @Roles(...STAFF)
  one(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<CohortView> {
    return this.cohorts.get(id, user);
  }

  @Patch(':id')
  @Roles(...STAFF)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCohortDto, @CurrentUser() user: User): Promise<CohortView> {
    return this.cohorts.update(id, dto, user);
  }

  @Post(':id/roster/preview')
  @HttpCode(200)
  @Roles(...STAFF)
  preview(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RosterDto, @CurrentUser() user: User): Promise<RosterPreview> {
    return this.cohorts.preview(id, dto.csv, user);
  }

  @Post(':id/roster/commit')
  @HttpCode(200)
  @Roles(...STAFF)
  commit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RosterDto, @CurrentUser() user: User): Promise<RosterCommit> {
    return this.cohorts.commit(id, dto.csv, user);
  }

  /** A per-learner extension: the learner's enrolment gets a new due date, progress untouched. */
  @Patch(':id/learners/:userId')
  @Roles(...STAFF)
  async extend(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: ExtensionDto,
    @CurrentUser() user: User,
  ): Promise<EnrolmentView> {
    const member = await this.cohorts.member(await this.cohorts.findVisible(id, user), userId);
    return this.enrolments.setDueDate(member.enrolmentId, dto.dueAt, user);
  }
}
