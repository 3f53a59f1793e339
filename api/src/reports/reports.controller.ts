import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.js';
import { Roles, STAFF } from '../auth/roles.decorator.js';
import type { User } from '../users/user.entity.js';
import { CohortProgressService, type CohortProgress, type LearnerDetail } from './cohort-progress.service.js';
import { sendCsv, toCsv } from './csv.js';
import { DisaggregationQueryDto, FormatQueryDto, ReportQueryDto, ResultsQueryDto } from './dto/report-query.dto.js';
import { ReportsService, type GroupRow, type ItemAnalysis, type ResultRow } from './reports.service.js';

/** Results for trainers (their own cohorts' learners) and admins (everyone). Every table also comes as `?format=csv`. */
@Controller('trainer')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly progress: CohortProgressService,
  ) {}

  @Get('cohorts/:id/progress')
  @Roles(...STAFF)
  async cohortProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: FormatQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CohortProgress | string> {
    const report = await this.progress.progress(id, user);
    if (query.format !== 'csv') return report;
    const header = [
      'name',
      'email',
      'country',
      'language',
      'status',
      'percent',
      'lessonsCompleted',
      'totalLessons',
      'attemptsUsed',
      'bestScore',
      'quizPassed',
      'dueAt',
      'completedAt',
    ];
    const rows = report.learners.map(({ name, email, country, language, enrolment: e }) => [
      name,
      email,
      country,
      language,
      e.status,
      e.percent,
      e.lessonsCompleted.length,
      e.totalLessons,
      e.attemptsUsed,
      e.bestScore,
      e.quizPassed,
      e.dueAt,
      e.completedAt,
    ]);
    return sendCsv(reply, `cohort-${id}-progress`, toCsv(header, rows));
  }

  @Get('cohorts/:id/learners/:userId')
  @Roles(...STAFF)
  learner(@Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string, @CurrentUser() user: User): Promise<LearnerDetail> {
    return this.progress.learner(id, userId, user);
  }

  @Get('reports/results')
  @Roles(...STAFF)
  async results(@Query() query: ResultsQueryDto, @CurrentUser() user: User, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResultRow[] | string> {
    const rows = await this.reports.results(query, user);
    if (query.format !== 'csv') return rows;
    const header = ['attemptId', 'learnerName', 'email', 'language', 'country', 'score', 'passed', 'submittedAt'];
    return sendCsv(
      reply,
      `${query.courseId}-results`,
      toCsv(
        header,
        rows.map((r) => [r.attemptId, r.learnerName, r.email, r.language, r.country, r.score, r.passed, r.submittedAt]),
      ),
    );
  }

  @Get('reports/item-analysis')
  @Roles(...STAFF)
  async itemAnalysis(
    @Query() query: ReportQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ItemAnalysis | string> {
    const report = await this.reports.itemAnalysis(query, user);
    if (query.format !== 'csv') return report;
    const header = ['questionId', 'type', 'attempts', 'facility', 'discrimination', 'uncertain', 'distractors'];
    const rows = report.questions.map((q) => [
      q.questionId,
      q.type,
      q.attempts,
      q.facility,
      q.discrimination,
      q.uncertain,
      q.distractors?.map((d) => `${d.optionId}${d.correct ? '*' : ''}:${d.rate}`).join(' '),
    ]);
    return sendCsv(reply, `${query.courseId}-item-analysis`, toCsv(header, rows));
  }

  @Get('reports/disaggregation')
  @Roles(...STAFF)
  async disaggregation(
    @Query() query: DisaggregationQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ by: string; minGroupSize: number; groups: GroupRow[] } | string> {
    const report = await this.reports.disaggregation(query, user);
    if (query.format !== 'csv') return report;
    const header = [query.by, 'suppressed', 'learners', 'attempts', 'meanScore', 'passRate'];
    return sendCsv(
      reply,
      `${query.courseId}-by-${query.by}`,
      toCsv(
        header,
        report.groups.map((g) => [g.group, g.suppressed, g.learners, g.attempts, g.meanScore, g.passRate]),
      ),
    );
  }
}
