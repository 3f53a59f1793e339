import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { CourseResolver } from '../authoring/course-resolver.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import type { User } from '../users/user.entity.js';
import type { DisaggregationQueryDto, ReportQueryDto, ResultsQueryDto } from './dto/report-query.dto.js';
import { cutoffs, toItemViews, type ItemRow } from './item-analysis.js';
import { ReportProjection } from './report-projection.service.js';
import { ReportAttempt, ReportItem } from './report-rows.entity.js';

/** Groups smaller than this are not shown in disaggregated tables, so nobody can be singled out. */
export const MIN_GROUP = 5;

/** Contract types (docs/api.md, Trainer workspace), defined once in the course model. */
export type { GroupRowView as GroupRow, ItemAnalysisView as ItemAnalysis, ResultRowView as ResultRow } from '@vt/courses';
import type { GroupRowView as GroupRow, ItemAnalysisView as ItemAnalysis, ResultRowView as ResultRow } from '@vt/courses';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projection: ReportProjection,
    private readonly cohorts: CohortsService,
    private readonly courses: CourseResolver,
  ) {}

  /**
   * The filters every course report shares, on alias `r` (report_attempts or report_items).
   * A trainer only ever sees learners of their own cohorts; an admin sees everyone.
   */
  private async filtered<T extends object>(qb: SelectQueryBuilder<T>, query: ReportQueryDto, user: User): Promise<SelectQueryBuilder<T>> {
    qb.where('r.course_id = :courseId', { courseId: query.courseId });
    if (query.lang) qb.andWhere('r.language = :lang', { lang: query.lang });
    if (query.country) qb.andWhere('r.country = :country', { country: query.country.toUpperCase() });
    if (query.cohortId) {
      await this.cohorts.findVisible(query.cohortId, user);
      qb.andWhere('r.user_id IN (SELECT m.user_id FROM cohort_members m WHERE m.cohort_id = :cohortId)', { cohortId: query.cohortId });
    }
    if (user.role !== 'admin') {
      qb.andWhere('r.user_id IN (SELECT m2.user_id FROM cohort_members m2 INNER JOIN cohorts c2 ON c2.id = m2.cohort_id WHERE c2.owner_id = :ownerId)', {
        ownerId: user.id,
      });
    }
    return qb;
  }

  private async prepare(query: ReportQueryDto, user: User) {
    const { course } = await this.courses.latest(query.courseId, user).catch(() => {
      throw new NotFoundException(`No course "${query.courseId}".`);
    });
    await this.projection.catchUp();
    return course;
  }

  /**
   * Whole-course questions (an admin, no cohort) read the running totals; anything scoped to
   * cohorts reads the detailed rows of those learners. Both give a score histogram and sums per
   * (question, choice), computed the same way.
   */
  async itemAnalysis(query: ReportQueryDto, user: User): Promise<ItemAnalysis> {
    const course = await this.prepare(query, user);
    const totals = user.role === 'admin' && !query.cohortId;
    const histogramQb = totals
      ? this.statsQuery('report_score_stats', query).select('r.score_bucket', 'bucket').addSelect('SUM(r.n)', 'n')
      : await this.filtered(
          this.dataSource.getRepository(ReportAttempt).createQueryBuilder('r').select('r.score_bucket', 'bucket').addSelect('COUNT(*)', 'n'),
          query,
          user,
        );
    const histogram = (await histogramQb.groupBy('r.score_bucket').getRawMany<{ bucket: number | string; n: number | string }>()).map((h) => ({
      bucket: Number(h.bucket),
      n: Number(h.n),
    }));
    const { attempts, lower, upper } = cutoffs(histogram);
    const [count, sum] = totals ? ['SUM(r.n)', 'SUM(r.fraction_sum)'] : ['COUNT(*)', 'SUM(r.fraction)'];
    const [one, fraction] = totals ? ['r.n', 'r.fraction_sum'] : ['1', 'r.fraction'];
    const qb = (totals ? this.statsQuery('report_item_stats', query) : this.dataSource.getRepository(ReportItem).createQueryBuilder('r'))
      .select('r.question_id', 'questionId')
      .addSelect('r.choice', 'choice')
      .addSelect(count, 'n')
      .addSelect(sum, 'sum')
      .addSelect(`SUM(CASE WHEN r.score_bucket >= :upper THEN ${one} ELSE 0 END)`, 'upperN')
      .addSelect(`SUM(CASE WHEN r.score_bucket >= :upper THEN ${fraction} ELSE 0 END)`, 'upperSum')
      .addSelect(`SUM(CASE WHEN r.score_bucket <= :lower THEN ${one} ELSE 0 END)`, 'lowerN')
      .addSelect(`SUM(CASE WHEN r.score_bucket <= :lower THEN ${fraction} ELSE 0 END)`, 'lowerSum');
    if (!totals) await this.filtered(qb, query, user);
    qb.setParameters({ upper: upper ?? 101, lower: lower ?? -1 })
      .groupBy('r.question_id')
      .addGroupBy('r.choice');
    const rows = (await qb.getRawMany<ItemRow>()).map((row) => ({ ...row, choice: row.choice || null }));
    return {
      courseId: query.courseId,
      attempts,
      method:
        'Facility: mean fraction of points. Discrimination: facility in the upper 27 % of attempts by score minus the lower 27 % (scores floored to whole percents; attempts tied at a cut-off are included).',
      upperCutoff: upper,
      lowerCutoff: lower,
      questions: toItemViews(course, rows),
    };
  }

  /** The running totals of one course, with the language and country filters (they are columns there too). */
  private statsQuery(table: string, query: ReportQueryDto): SelectQueryBuilder<object> {
    const qb = this.dataSource.createQueryBuilder().from(table, 'r').where('r.course_id = :courseId', { courseId: query.courseId });
    if (query.lang) qb.andWhere('r.language = :lang', { lang: query.lang });
    if (query.country) qb.andWhere('r.country = :country', { country: query.country.toUpperCase() });
    return qb;
  }

  async results(query: ResultsQueryDto, user: User): Promise<ResultRow[]> {
    await this.prepare(query, user);
    const qb = this.dataSource
      .getRepository(ReportAttempt)
      .createQueryBuilder('r')
      .innerJoin('users', 'u', 'u.id = r.user_id')
      .select([
        'r.attempt_id AS "attemptId"',
        'r.user_id AS "userId"',
        'u.display_name AS "learnerName"',
        'u.email AS email',
        'r.language AS language',
        'r.country AS country',
      ])
      .addSelect(['r.score AS score', 'r.passed AS passed', 'r.submitted_at AS "submittedAt"']);
    await this.filtered(qb, query, user);
    const rows = await qb
      .orderBy('r.submitted_at', 'DESC')
      .limit(query.limit ?? 1000)
      .getRawMany<ResultRow & { submittedAt: Date | string; passed: boolean | number }>();
    return rows.map((row) => ({ ...row, score: Number(row.score), passed: Boolean(row.passed), submittedAt: toIso(row.submittedAt) }));
  }

  /** Learners, attempts, mean score and pass rate per self-declared gender or per country; groups under 5 suppressed. */
  async disaggregation(query: DisaggregationQueryDto, user: User): Promise<{ by: string; minGroupSize: number; groups: GroupRow[] }> {
    await this.prepare(query, user);
    const column = query.by === 'gender' ? 'u.gender' : 'r.country';
    const qb = this.dataSource
      .getRepository(ReportAttempt)
      .createQueryBuilder('r')
      .innerJoin('users', 'u', 'u.id = r.user_id')
      .select(`COALESCE(${column}, 'not stated')`, 'grp')
      .addSelect('COUNT(DISTINCT r.user_id)', 'learners')
      .addSelect('COUNT(*)', 'attempts')
      .addSelect('AVG(r.score)', 'mean')
      .addSelect('SUM(CASE WHEN r.passed THEN 1 ELSE 0 END)', 'passes');
    await this.filtered(qb, query, user);
    const rows = await qb
      .groupBy(`COALESCE(${column}, 'not stated')`)
      .orderBy('grp', 'ASC')
      .getRawMany<{ grp: string; learners: string; attempts: string; mean: string; passes: string }>();
    const groups = rows.map((row): GroupRow => {
      const learners = Number(row.learners);
      if (learners < MIN_GROUP) return { group: row.grp, suppressed: true };
      return {
        group: row.grp,
        suppressed: false,
        learners,
        attempts: Number(row.attempts),
        meanScore: Math.round(Number(row.mean) * 100) / 100,
        passRate: Math.round((Number(row.passes) / Number(row.attempts)) * 1000) / 1000,
      };
    });
    return { by: query.by, minGroupSize: MIN_GROUP, groups };
  }
}

export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).toISOString();
}
