import { Injectable } from '@nestjs/common';
import { recordAttempt, type Course } from '@vt/courses';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { hydrateRow, persistentColumns, tableOf, type RawRow } from '../database/raw-rows.js';
import { Transactions, type SqliteHandle } from '../database/transactions.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { hasCompleted } from '../enrolments/enrolment-view.js';
import { Attempt } from './attempt.entity.js';

/** What the fast path did: graded (or found graded), refused, or left the rare case to the full transaction. */
export type SqliteSubmitOutcome =
  | { kind: 'graded'; attempt: Attempt; enrolment: Enrolment; fresh: boolean }
  | { kind: 'missing' }
  | { kind: 'not-owner'; enrolmentId: string }
  | { kind: 'completes' };

/**
 * SQLite only: the quiz submit as prepared statements on the raw handle, in one pass of the write
 * queue (read attempt and enrolment, update both, append the audit entry), instead of a TypeORM
 * transaction of seven queries built and awaited one by one. Scoring stays the caller's (the course
 * model's). A grade that completes the enrolment (certificate issue) is left to the full
 * transaction: nothing is written here in that case.
 */
@Injectable()
export class SqliteSubmit {
  constructor(
    private readonly transactions: Transactions,
    private readonly dataSource: DataSource,
  ) {}

  /** The attempt's course version (never rewritten, so read outside the queue), or null. */
  courseVersionOf(attemptId: string): string | null {
    const row = this.transactions.readSqlite('SELECT course_version_id FROM attempts WHERE id = ?', [attemptId]);
    return row ? String(row.course_version_id) : null;
  }

  /** `grade` scores the open attempt, filling its submittedAt / responses / result / score / passed. */
  run(attemptId: string, userId: string, course: Course, grade: (attempt: Attempt) => void): Promise<SqliteSubmitOutcome> {
    return this.transactions.runSqlite((db) => this.submit(db, attemptId, userId, course, grade));
  }

  private submit(db: SqliteHandle, attemptId: string, userId: string, course: Course, grade: (attempt: Attempt) => void): SqliteSubmitOutcome {
    const attemptRow = db.prepare('SELECT * FROM attempts WHERE id = ?').get(attemptId) as RawRow | undefined;
    if (!attemptRow) return { kind: 'missing' };
    const enrolmentRow = db.prepare('SELECT * FROM enrolments WHERE id = ?').get(attemptRow.enrolment_id) as RawRow | undefined;
    if (!enrolmentRow || enrolmentRow.user_id !== userId) return { kind: 'not-owner', enrolmentId: String(attemptRow.enrolment_id) };
    const attempt = hydrateRow(this.dataSource, Attempt, attemptRow);
    const enrolment = hydrateRow(this.dataSource, Enrolment, enrolmentRow);
    if (attempt.submittedAt) return { kind: 'graded', attempt, enrolment, fresh: false };
    grade(attempt);
    Object.assign(enrolment, recordAttempt(enrolment, { score: attempt.score ?? 0, passed: attempt.passed === true }));
    if (!enrolment.completedAt && hasCompleted(course, enrolment)) return { kind: 'completes' };
    this.update(db, Attempt, attempt.id, {
      submittedAt: attempt.submittedAt,
      responses: attempt.responses,
      result: attempt.result,
      score: attempt.score,
      passed: attempt.passed,
    });
    this.update(db, Enrolment, enrolment.id, { bestScore: enrolment.bestScore, quizPassed: enrolment.quizPassed });
    const audit = persistentColumns(this.dataSource, AuditEntry, {
      id: randomUUID(),
      at: new Date(),
      actorId: userId,
      action: 'attempt.graded',
      subjectId: attempt.id,
      details: JSON.stringify({ enrolmentId: enrolment.id, score: attempt.score, passed: attempt.passed }),
    });
    db.prepare(`INSERT INTO ${tableOf(this.dataSource, AuditEntry)} (${audit.names.join(', ')}) VALUES (${audit.names.map(() => '?').join(', ')})`).run(
      ...audit.values,
    );
    return { kind: 'graded', attempt, enrolment, fresh: true };
  }

  private update<T extends Attempt | Enrolment>(db: SqliteHandle, target: new () => T, id: string, values: Partial<T>): void {
    const set = persistentColumns(this.dataSource, target, values);
    db.prepare(`UPDATE ${tableOf(this.dataSource, target)} SET ${set.names.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`).run(...set.values, id);
  }
}
