import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN, STAFF } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { BulkEnrolDto, EnrolDto, ProgressDto, UpdateEnrolmentDto } from './dto/enrolment.dto.js';
import type { EnrolmentView } from './enrolment-view.js';
import { EnrolmentsService } from './enrolments.service.js';

@Controller('enrolments')
export class EnrolmentsController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly users: UsersService,
  ) {}

  /** 201 with a new enrolment, 200 with the existing one: enrolling twice is harmless. */
  @Post()
  @Roles(...SIGNED_IN)
  async enrol(@Body() dto: EnrolDto, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<EnrolmentView> {
    const { enrolment, created } = await this.enrolments.enrol(user.id, dto.courseId);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return this.enrolments.view(enrolment, user);
  }

  @Get('me')
  @Roles(...SIGNED_IN)
  mine(@CurrentUser() user: User): Promise<EnrolmentView[]> {
    return this.enrolments.listForUser(user);
  }

  @Post('bulk')
  @HttpCode(200)
  @Roles(...STAFF)
  bulk(@Body() dto: BulkEnrolDto, @CurrentUser() user: User): Promise<{ enrolled: EnrolmentView[]; errors: { email: string; message: string }[] }> {
    return this.enrolments.bulkEnrol(dto.courseId, dto.emails, dto.dueAt, user);
  }

  @Get(':id')
  @Roles(...SIGNED_IN)
  async one(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<EnrolmentView> {
    const enrolment = await this.enrolments.findReadable(id, user);
    const learner = enrolment.userId === user.id ? user : await this.users.findById(enrolment.userId);
    return this.enrolments.view(enrolment, learner ?? user);
  }

  @Patch(':id')
  @Roles(...STAFF)
  extend(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEnrolmentDto, @CurrentUser() user: User): Promise<EnrolmentView> {
    return this.enrolments.setDueDate(id, dto.dueAt, user);
  }

  @Post(':id/progress')
  @HttpCode(200)
  @Roles(...SIGNED_IN)
  progress(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ProgressDto, @CurrentUser() user: User): Promise<EnrolmentView> {
    return this.enrolments.recordProgress(id, user, dto);
  }
}
