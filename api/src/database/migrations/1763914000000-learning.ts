import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const fk = (column: string, table: string, column2 = 'id', onDelete: 'CASCADE' | 'RESTRICT' = 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: [column2], onDelete });

/** Course versions, enrolments with their progress, quiz attempts, certificates and the audit log. */
export class Learning1763914000000 implements MigrationInterface {
  name = 'Learning1763914000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'course_versions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'version', type: 'integer' },
          { name: 'content', type: 'text' },
          { name: 'synced_at', type: 'timestamp' },
        ],
        uniques: [{ name: 'uq_course_versions_hash', columnNames: ['course_id', 'content_hash'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enrolments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'course_version_id', type: 'varchar', length: '36' },
          { name: 'enrolled_at', type: 'timestamp' },
          { name: 'due_at', type: 'timestamp', isNullable: true },
          { name: 'completed_at', type: 'timestamp', isNullable: true },
          { name: 'last_seq', type: 'integer', default: 0 },
          { name: 'bookmark', type: 'varchar', length: '100', isNullable: true },
          { name: 'lessons_completed', type: 'text', default: "'[]'" },
          { name: 'attempts_used', type: 'integer', default: 0 },
          { name: 'best_score', type: 'double precision', isNullable: true },
          { name: 'quiz_passed', type: 'boolean', default: false },
        ],
        uniques: [{ name: 'uq_enrolments_user_course', columnNames: ['user_id', 'course_id'] }],
        foreignKeys: [fk('user_id', 'users'), fk('course_version_id', 'course_versions', 'id', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attempts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'enrolment_id', type: 'varchar', length: '36' },
          { name: 'number', type: 'integer' },
          { name: 'course_version_id', type: 'varchar', length: '36' },
          { name: 'seed', type: 'varchar', length: '64' },
          { name: 'language', type: 'varchar', length: '8' },
          { name: 'started_at', type: 'timestamp' },
          { name: 'deadline', type: 'timestamp', isNullable: true },
          { name: 'submitted_at', type: 'timestamp', isNullable: true },
          { name: 'question_ids', type: 'text' },
          { name: 'responses', type: 'text', isNullable: true },
          { name: 'result', type: 'text', isNullable: true },
          { name: 'score', type: 'double precision', isNullable: true },
          { name: 'passed', type: 'boolean', isNullable: true },
        ],
        // One attempt per number: two concurrent "start" requests cannot both open attempt n.
        uniques: [{ name: 'uq_attempts_enrolment_number', columnNames: ['enrolment_id', 'number'] }],
        foreignKeys: [fk('enrolment_id', 'enrolments'), fk('course_version_id', 'course_versions', 'id', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          { name: 'code', type: 'varchar', length: '16', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'enrolment_id', type: 'varchar', length: '36', isUnique: true },
          { name: 'course_id', type: 'varchar', length: '100' },
          { name: 'learner_name', type: 'varchar', length: '200' },
          { name: 'course_title', type: 'varchar', length: '300' },
          { name: 'language', type: 'varchar', length: '8' },
          { name: 'issued_at', type: 'timestamp' },
          { name: 'expires_at', type: 'timestamp', isNullable: true },
          { name: 'payload', type: 'text' },
          { name: 'signature', type: 'varchar', length: '128' },
          { name: 'revoked_at', type: 'timestamp', isNullable: true },
          { name: 'revoke_reason', type: 'varchar', length: '500', isNullable: true },
        ],
        foreignKeys: [fk('user_id', 'users'), fk('enrolment_id', 'enrolments')],
      }),
    );
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'idx_certificates_user', columnNames: ['user_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'timestamp' },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'subject_id', type: 'varchar', length: '100' },
          { name: 'details', type: 'text' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'certificates', 'attempts', 'enrolments', 'course_versions']) await queryRunner.dropTable(table);
  }
}
