import { Injectable } from '@nestjs/common';
import { completesLesson, type ProgressEventName } from '@vt/courses';
import { DataSource } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { Enrolment } from './enrolment.entity.js';

export interface ProgressEvent {
  seq: number;
  lessonId: string;
  event: ProgressEventName;
}

type Row = Record<string, unknown>;

/**
 * The ordered progress update as ONE conditional statement: it applies only to the learner's own
 * enrolment and only when the event's seq is above the stored one, and it appends a completed
 * lesson in SQL. The row lock of the UPDATE itself makes it safe under concurrent writes on both
 * databases, with no read-modify-write in between; RETURNING hands back the new row.
 */
const SQLITE_APPLY = `UPDATE enrolments SET last_seq = ?, bookmark = ?,
  lessons_completed = CASE WHEN ? = 1 AND NOT EXISTS (SELECT 1 FROM json_each(enrolments.lessons_completed) WHERE value = ?)
    THEN json_insert(lessons_completed, '$[#]', ?) ELSE lessons_completed END
  WHERE id = ? AND user_id = ? AND last_seq < ? RETURNING *`;
const POSTGRES_APPLY = `UPDATE enrolments SET last_seq = $3, bookmark = $4::text,
  lessons_completed = CASE WHEN $5::boolean AND NOT jsonb_exists(lessons_completed::jsonb, $4::text)
    THEN (lessons_completed::jsonb || jsonb_build_array($4::text))::text ELSE lessons_completed END
  WHERE id = $1 AND user_id = $2 AND last_seq < $3 RETURNING *`;
const SQLITE_OWNER = 'SELECT user_id, course_version_id FROM enrolments WHERE id = ?';
const POSTGRES_OWNER = 'SELECT user_id, course_version_id FROM enrolments WHERE id = $1';
const SQLITE_READ = 'SELECT * FROM enrolments WHERE id = ?';
const POSTGRES_READ = 'SELECT * FROM enrolments WHERE id = $1';

@Injectable()
export class ProgressWriter {
  constructor(
    private readonly transactions: Transactions,
    private readonly dataSource: DataSource,
  ) {}

  /** Turns a raw row into the entity with TypeORM's own per-driver conversions (dates, booleans). */
  private hydrate(row: Row): Enrolment {
    const enrolment = new Enrolment();
    const target = enrolment as unknown as Row;
    for (const column of this.dataSource.getMetadata(Enrolment).columns) {
      target[column.propertyName] = this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
    }
    return enrolment;
  }

  /**
   * Who the enrolment belongs to and which course version it follows, or null. Both columns are
   * set once at enrolment, so this read needs no transaction (on SQLite it is one prepared statement).
   */
  async owner(id: string): Promise<{ userId: string; courseVersionId: string } | null> {
    const row = this.transactions.sqlite
      ? this.transactions.readSqlite(SQLITE_OWNER, [id])
      : ((await this.dataSource.query<Row[]>(POSTGRES_OWNER, [id]))[0] as Row | undefined);
    return row ? { userId: String(row.user_id), courseVersionId: String(row.course_version_id) } : null;
  }

  /**
   * Applies the event to the user's enrolment and returns the row as it now stands, with
   * `changed` false when the seq was old or repeated (or the enrolment is not the user's, or gone:
   * then `enrolment` is another's row or null, and the caller refuses). On SQLite the update and
   * the fallback read run in one pass of the write queue, so the read sees only committed rows.
   */
  async apply(id: string, userId: string, event: ProgressEvent): Promise<{ enrolment: Enrolment | null; changed: boolean }> {
    // The course model's lesson rule: reaching a lesson's end completes it; opening it does not.
    const completed = completesLesson(event.event);
    if (this.transactions.sqlite) {
      const { row, changed } = await this.transactions.runSqlite((db) => {
        const updated = db.prepare(SQLITE_APPLY).get(event.seq, event.lessonId, completed ? 1 : 0, event.lessonId, event.lessonId, id, userId, event.seq) as
          Row | undefined;
        return updated ? { row: updated, changed: true } : { row: db.prepare(SQLITE_READ).get(id) as Row | undefined, changed: false };
      });
      return { enrolment: row ? this.hydrate(row) : null, changed };
    }
    // pg answers an UPDATE … RETURNING through TypeORM as [rows, affected].
    const [rows] = await this.transactions.runStatement<[Row[], number]>(POSTGRES_APPLY, [id, userId, event.seq, event.lessonId, completed]);
    if (rows[0]) return { enrolment: this.hydrate(rows[0]), changed: true };
    const current = (await this.dataSource.query<Row[]>(POSTGRES_READ, [id]))[0];
    return { enrolment: current ? this.hydrate(current) : null, changed: false };
  }
}
