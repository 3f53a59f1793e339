import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { walkDecision, type AttemptResult, type Course, type Question, type QuestionResponse } from '@vt/courses';
import type { DataSource } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { Transactions } from '../database/transactions.js';
import { ReportAttempt, ReportItem, ReportWatermark } from './report-rows.entity.js';
import { addToStats } from './report-stats.js';

const WATERMARK_ID = 'attempts';
const BATCH = 2000;
/**
 * Read again behind the watermark: on PostgreSQL a transaction that graded earlier can commit
 * after a later one was projected. Rows already projected are skipped by their primary key.
 */
const OVERLAP_MS = 60_000;

interface GradedRow {
  id: string;
  submitted_at: Date | string;
  language: string;
  course_version_id: string;
  responses: string | null;
  result: string;
  user_id: string;
  course_id: string;
  country: string | null;
}

/** SQLite returns TypeORM's UTC "YYYY-MM-DD HH:MM:SS.SSS" text; PostgreSQL a Date. */
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * What was chosen, for the questions whose choice rates are reported: option ids, comma-separated;
 * for a decision, the end its path reached (item analysis shows how often each end is reached).
 * Every type is named, so that a new one is a compile error here until item analysis knows it.
 */
export function choiceOf(question: Question | undefined, response: QuestionResponse | undefined): string | null {
  if (response === undefined || !question) return null;
  switch (question.type) {
    case 'single-choice':
      return typeof response === 'string' ? response.slice(0, 200) : null;
    case 'true-false':
      return typeof response === 'boolean' ? String(response) : null;
    case 'multiple-choice':
      return Array.isArray(response) ? [...response].sort().join(',').slice(0, 200) || null : null;
    case 'decision':
      return walkDecision(question, response).end?.id ?? null;
    case 'matching':
    case 'ordering':
    case 'short-text':
    case 'scenario':
      return null;
    default: {
      const unhandled: never = question;
      return unhandled;
    }
  }
}

/**
 * Keeps `report_attempts` / `report_items` up to date with graded attempts. It runs before every
 * report (cheap when nothing is new: one index seek on attempts.submitted_at), so reports never
 * miss an attempt and the quiz code needs no knowledge of reporting.
 */
@Injectable()
export class ReportProjection {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly transactions: Transactions,
  ) {}

  private running: Promise<number> = Promise.resolve(0);

  /** Projects every attempt graded since the watermark; returns how many attempts it read. One at a time per process. */
  catchUp(): Promise<number> {
    const next = this.running.then(() => this.readNew());
    this.running = next.catch(() => 0);
    return next.catch((error: unknown) => {
      // Another process projected the same attempts first: its rows are as good as ours.
      if (isUniqueViolation(error)) return 0;
      throw error;
    });
  }

  private async readNew(): Promise<number> {
    const mark = await this.dataSource.getRepository(ReportWatermark).findOneBy({ id: WATERMARK_ID });
    let cursor = { at: new Date((mark?.at.getTime() ?? 0) - OVERLAP_MS), id: '' };
    let read = 0;
    for (;;) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .select([
          'a.id AS id',
          'a.submitted_at AS submitted_at',
          'a.language AS language',
          'a.course_version_id AS course_version_id',
          'a.responses AS responses',
          'a.result AS result',
        ])
        .addSelect(['e.user_id AS user_id', 'e.course_id AS course_id', 'u.country AS country'])
        .from('attempts', 'a')
        .innerJoin('enrolments', 'e', 'e.id = a.enrolment_id')
        .innerJoin('users', 'u', 'u.id = e.user_id')
        .where('a.result IS NOT NULL')
        .andWhere('(a.submitted_at > :at OR (a.submitted_at = :at AND a.id > :id))', cursor)
        .orderBy('a.submitted_at', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .limit(BATCH)
        .getRawMany<GradedRow>();
      if (rows.length === 0) return read;
      await this.project(rows);
      read += rows.length;
      const last = rows[rows.length - 1];
      cursor = { at: asDate(last.submitted_at), id: last.id };
      if (rows.length < BATCH) return read;
    }
  }

  private async project(rows: GradedRow[]): Promise<void> {
    const attempts: ReportAttempt[] = [];
    const items: ReportItem[] = [];
    for (const row of rows) {
      const course: Course = await this.catalogue.getVersion(row.course_version_id);
      const questions = new Map(course.questions.map((q) => [q.id, q]));
      const result = JSON.parse(row.result) as AttemptResult;
      const responses = (row.responses ? JSON.parse(row.responses) : {}) as Record<string, QuestionResponse>;
      const common = {
        courseId: row.course_id,
        userId: row.user_id,
        language: row.language,
        country: row.country,
        score: result.score,
        scoreBucket: Math.floor(result.score),
      };
      attempts.push({ attemptId: row.id, ...common, passed: result.passed, submittedAt: asDate(row.submitted_at) });
      for (const r of result.results) {
        items.push({
          attemptId: row.id,
          questionId: r.questionId,
          ...common,
          fraction: r.fraction,
          choice: choiceOf(questions.get(r.questionId), responses[r.questionId]),
        });
      }
    }
    const latest = attempts.reduce((max, a) => (a.submittedAt > max ? a.submittedAt : max), new Date(0));
    await this.transactions.run(async (manager) => {
      // Skip attempts already projected (the overlap re-reads some), so totals count each once.
      // A concurrent projection of the same attempt fails the insert below and rolls this batch back.
      const ids = attempts.map((a) => a.attemptId);
      const done = new Set(
        (
          await manager
            .createQueryBuilder()
            .select('r.attempt_id', 'id')
            .from(ReportAttempt, 'r')
            .where('r.attempt_id IN (:...ids)', { ids })
            .getRawMany<{ id: string }>()
        ).map((r) => r.id),
      );
      const fresh = attempts.filter((a) => !done.has(a.attemptId));
      const freshItems = items.filter((i) => !done.has(i.attemptId));
      for (let i = 0; i < fresh.length; i += 500) await manager.insert(ReportAttempt, fresh.slice(i, i + 500));
      for (let i = 0; i < freshItems.length; i += 500) await manager.insert(ReportItem, freshItems.slice(i, i + 500));
      await addToStats(manager, fresh, freshItems);
      const mark = await manager.findOneBy(ReportWatermark, { id: WATERMARK_ID });
      if (!mark) await manager.insert(ReportWatermark, { id: WATERMARK_ID, at: latest });
      else if (latest > mark.at) await manager.update(ReportWatermark, { id: WATERMARK_ID }, { at: latest });
    });
  }
}
