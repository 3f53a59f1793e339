import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import type { AttemptView } from './attempt-view.js';
import { SubmitDto } from './dto/submit.dto.js';
import { QuizzesService } from './quizzes.service.js';

@Controller()
export class QuizzesController {
  constructor(private readonly quizzes: QuizzesService) {}

  /** Its learner only (checked in the service); 201 for a new attempt, 200 for the one still open. */
  @Post('enrolments/:id/attempts')
  @Roles(...SIGNED_IN)
  async start(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<AttemptView> {
    const { attempt, created } = await this.quizzes.start(id, user);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return attempt;
  }

  @Get('enrolments/:id/attempts')
  @Roles(...SIGNED_IN)
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<AttemptView[]> {
    return this.quizzes.list(id, user);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @Roles(...SIGNED_IN)
  submit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitDto, @CurrentUser() user: User): Promise<AttemptView> {
    return this.quizzes.submit(id, user, dto.responses);
  }
}
