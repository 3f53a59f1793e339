import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Running totals for item analysis over a whole course (no cohort scope): per score point,
 * language and country, so that a report reads a few thousand rows instead of millions. Empty
 * strings stand for "no country" / "no choice", because NULLs never match in a unique key and the
 * totals are kept with INSERT … ON CONFLICT DO UPDATE. A per-learner index serves cohort-scoped
 * reports, which read the detailed rows of their (few) learners.
 */
export class ReportAggregates1763915100000 implements MigrationInterface {
  name = 'ReportAggregates1763915100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report_score_stats',
        columns: [
          { name: 'course_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'language', type: 'varchar', length: '8', isPrimary: true },
          { name: 'country', type: 'varchar', length: '2', isPrimary: true },
          { name: 'score_bucket', type: 'integer', isPrimary: true },
          { name: 'n', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_item_stats',
        columns: [
          { name: 'course_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'question_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'choice', type: 'varchar', length: '200', isPrimary: true },
          { name: 'score_bucket', type: 'integer', isPrimary: true },
          { name: 'language', type: 'varchar', length: '8', isPrimary: true },
          { name: 'country', type: 'varchar', length: '2', isPrimary: true },
          { name: 'n', type: 'integer' },
          { name: 'fraction_sum', type: 'double precision' },
        ],
      }),
    );
    await queryRunner.createIndex('report_items', new TableIndex({ name: 'idx_report_items_user_course', columnNames: ['user_id', 'course_id'] }));
    // The whole-percent score (floored in code, the same on both databases) that upper/lower groups use.
    for (const table of ['report_attempts', 'report_items']) {
      await queryRunner.addColumn(table, new TableColumn({ name: 'score_bucket', type: 'integer', default: 0 }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_attempts', 'report_items']) await queryRunner.dropColumn(table, 'score_bucket');
    await queryRunner.dropIndex('report_items', 'idx_report_items_user_course');
    await queryRunner.dropTable('report_item_stats');
    await queryRunner.dropTable('report_score_stats');
  }
}
