import type { EntityManager } from 'typeorm';

export interface StatsRow {
  courseId: string;
  language: string;
  country: string | null;
  scoreBucket: number;
  questionId?: string;
  choice?: string | null;
  fraction?: number;
}

/** SQLite takes `?`, PostgreSQL `$1…`: the one difference these hand-written statements have. */
function placeholders(postgres: boolean, rows: number, columns: number): string {
  let next = 0;
  return Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => (postgres ? `$${++next}` : '?')).join(',')})`).join(',');
}

async function upsert(manager: EntityManager, table: string, keys: string[], totals: string[], rows: (string | number)[][]): Promise<void> {
  const postgres = manager.connection.options.type === 'postgres';
  const columns = [...keys, ...totals];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const set = totals.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
    await manager.query(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders(postgres, chunk.length, columns.length)} ON CONFLICT (${keys.join(',')}) DO UPDATE SET ${set}`,
      chunk.flat(),
    );
  }
}

/**
 * Adds newly projected attempts and answers to the running totals. Rows are summed here first,
 * so one statement never touches a key twice (PostgreSQL refuses that in ON CONFLICT).
 */
export async function addToStats(manager: EntityManager, attempts: StatsRow[], items: StatsRow[]): Promise<void> {
  const scores = new Map<string, (string | number)[]>();
  for (const a of attempts) {
    const key = [a.courseId, a.language, a.country ?? '', a.scoreBucket];
    const id = key.join('\u0000');
    const row = scores.get(id) ?? [...key, 0];
    row[4] = Number(row[4]) + 1;
    scores.set(id, row);
  }
  const answers = new Map<string, (string | number)[]>();
  for (const it of items) {
    const key = [it.courseId, it.questionId ?? '', it.choice ?? '', it.scoreBucket, it.language, it.country ?? ''];
    const id = key.join('\u0000');
    const row = answers.get(id) ?? [...key, 0, 0];
    row[6] = Number(row[6]) + 1;
    row[7] = Number(row[7]) + (it.fraction ?? 0);
    answers.set(id, row);
  }
  await upsert(manager, 'report_score_stats', ['course_id', 'language', 'country', 'score_bucket'], ['n'], [...scores.values()]);
  await upsert(
    manager,
    'report_item_stats',
    ['course_id', 'question_id', 'choice', 'score_bucket', 'language', 'country'],
    ['n', 'fraction_sum'],
    [...answers.values()],
  );
}
