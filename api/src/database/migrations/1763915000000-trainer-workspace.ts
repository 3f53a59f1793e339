import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const fk = (column: string, table: string, column2 = 'id') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: [column2], onDelete: 'CASCADE' });

/**
 * Trainer workspace: cohorts and their members, trainer-made courses, and the report projection
 * (one row per graded attempt and one per answered question) that item analysis aggregates with
 * covering indexes instead of parsing attempt JSON on every request.
 */
export class TrainerWorkspace1763915000000 implements MigrationInterface {
  name = 'TrainerWorkspace1763915000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cohorts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'organisation', type: 'varchar', length: '200', isNullable: true },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'starts_at', type: 'timestamp', isNullable: true },
          { name: 'ends_at', type: 'timestamp', isNullable: true },
          { name: 'due_at', type: 'timestamp', isNullable: true },
          { name: 'created_at', type: 'timestamp' },
        ],
        foreignKeys: [fk('owner_id', 'users')],
      }),
    );
    await queryRunner.createIndex('cohorts', new TableIndex({ name: 'idx_cohorts_owner', columnNames: ['owner_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'cohort_members',
        columns: [
          { name: 'cohort_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'enrolment_id', type: 'varchar', length: '36' },
          { name: 'added_at', type: 'timestamp' },
        ],
        foreignKeys: [fk('cohort_id', 'cohorts'), fk('user_id', 'users'), fk('enrolment_id', 'enrolments')],
      }),
    );
    await queryRunner.createIndex('cohort_members', new TableIndex({ name: 'idx_cohort_members_user', columnNames: ['user_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'trainer_courses',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'content', type: 'text' },
          { name: 'published_version_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'updated_at', type: 'timestamp' },
        ],
        foreignKeys: [fk('owner_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_attempts',
        columns: [
          { name: 'attempt_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'language', type: 'varchar', length: '8' },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'score', type: 'double precision' },
          { name: 'passed', type: 'boolean' },
          { name: 'submitted_at', type: 'timestamp' },
        ],
      }),
    );
    // Cut-off scores for the upper and lower 27 % are read from this index in score order.
    await queryRunner.createIndex(
      'report_attempts',
      new TableIndex({ name: 'idx_report_attempts_course_score', columnNames: ['course_id', 'score', 'language', 'country', 'user_id'] }),
    );
    await queryRunner.createIndex('report_attempts', new TableIndex({ name: 'idx_report_attempts_user', columnNames: ['user_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'report_items',
        columns: [
          { name: 'attempt_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'question_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'language', type: 'varchar', length: '8' },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'score', type: 'double precision' },
          { name: 'fraction', type: 'double precision' },
          { name: 'choice', type: 'varchar', length: '200', isNullable: true },
        ],
      }),
    );
    // Covering index in GROUP BY order (question, choice): item analysis streams it once, filters included.
    await queryRunner.createIndex(
      'report_items',
      new TableIndex({
        name: 'idx_report_items_analysis',
        columnNames: ['course_id', 'question_id', 'choice', 'score', 'fraction', 'language', 'country', 'user_id'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_watermarks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'timestamp' },
        ],
      }),
    );
    // Lets the projection find attempts graded since its watermark without scanning all attempts.
    await queryRunner.createIndex('attempts', new TableIndex({ name: 'idx_attempts_submitted', columnNames: ['submitted_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('attempts', 'idx_attempts_submitted');
    for (const table of ['report_watermarks', 'report_items', 'report_attempts', 'trainer_courses', 'cohort_members', 'cohorts'])
      await queryRunner.dropTable(table);
  }
}
