import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { LearnerQuestion, Problem } from '@vt/courses';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { AuthoringService, type TrainerCourseView } from './authoring.service.js';
import { AdaptDto, CourseContentDto, PreviewQueryDto, QuestionDto } from './dto/authoring.dto.js';

/** Trainer-made courses and their question banks; a trainer sees their own, an admin all. */
@Controller('trainer/courses')
export class AuthoringController {
  constructor(private readonly authoring: AuthoringService) {}

  /** Validation as you type: the model's problems, nothing stored. */
  @Post('validate')
  @HttpCode(200)
  @Roles(...STAFF)
  validate(@Body() dto: CourseContentDto): { problems: Problem[] } {
    return this.authoring.validate(dto);
  }

  @Post()
  @Roles(...STAFF)
  create(@Body() dto: CourseContentDto, @CurrentUser() user: User): Promise<TrainerCourseView> {
    return this.authoring.create(dto, user);
  }

  @Get()
  @Roles(...STAFF)
  list(@CurrentUser() user: User): Promise<Omit<TrainerCourseView, 'course' | 'problems'>[]> {
    return this.authoring.list(user);
  }

  @Get(':id')
  @Roles(...STAFF)
  one(@Param('id') id: string, @CurrentUser() user: User): Promise<TrainerCourseView> {
    return this.authoring.get(id, user);
  }

  @Put(':id')
  @Roles(...STAFF)
  replace(@Param('id') id: string, @Body() dto: CourseContentDto, @CurrentUser() user: User): Promise<TrainerCourseView> {
    return this.authoring.replace(id, dto, user);
  }

  @Put(':id/questions/:questionId')
  @Roles(...STAFF)
  putQuestion(
    @Param('id') id: string,
    @Param('questionId') questionId: string,
    @Body() dto: QuestionDto,
    @CurrentUser() user: User,
  ): Promise<TrainerCourseView> {
    return this.authoring.putQuestion(id, questionId, dto, user);
  }

  @Delete(':id/questions/:questionId')
  @Roles(...STAFF)
  deleteQuestion(@Param('id') id: string, @Param('questionId') questionId: string, @CurrentUser() user: User): Promise<TrainerCourseView> {
    return this.authoring.deleteQuestion(id, questionId, user);
  }

  @Get(':id/questions/:questionId/preview')
  @Roles(...STAFF)
  preview(
    @Param('id') id: string,
    @Param('questionId') questionId: string,
    @Query() query: PreviewQueryDto,
    @CurrentUser() user: User,
  ): Promise<LearnerQuestion> {
    return this.authoring.previewQuestion(id, questionId, query.lang ?? 'en', user);
  }

  /** Opens an existing course in the builder: 201 with a new draft of a curriculum course, 200 with the existing one. */
  @Post(':id/adapt')
  @Roles(...STAFF)
  async adapt(
    @Param('id') id: string,
    @Body() dto: AdaptDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TrainerCourseView> {
    const { created, view } = await this.authoring.adapt(id, user, dto.restart === true);
    void reply.status(created ? 201 : 200);
    return view;
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...STAFF)
  publish(@Param('id') id: string, @CurrentUser() user: User): Promise<{ versionId: string; contentHash: string; version: number }> {
    return this.authoring.publish(id, user);
  }
}
