import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Consent before oversight (docs/decisions/0014): adding an existing account to a cohort writes a
 * pending invitation, not a membership; `cohort_members` holds accepted members only. Users learn
 * who created them (a trainer's import, or nobody: self-registration and demo seeding) and when
 * they last signed in, which together decide whether a trainer may still hand over a reset link.
 * Existing memberships stay as they are (they were made before consent was asked).
 */
export class CohortInvitations1763915400000 implements MigrationInterface {
  name = 'CohortInvitations1763915400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cohort_invitations',
        columns: [
          { name: 'cohort_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'invited_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'invited_at', type: 'timestamp' },
          { name: 'answered_at', type: 'timestamp', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['cohort_id'], referencedTableName: 'cohorts', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ columnNames: ['invited_by'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' }),
        ],
      }),
    );
    await queryRunner.createIndex('cohort_invitations', new TableIndex({ name: 'idx_cohort_invitations_user', columnNames: ['user_id', 'state'] }));
    await queryRunner.addColumns('users', [
      new TableColumn({ name: 'created_by', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'last_sign_in_at', type: 'timestamp', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('users', ['created_by', 'last_sign_in_at']);
    await queryRunner.dropTable('cohort_invitations');
  }
}
