import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One row per one-time data task that has run to its end (e.g. the completion re-check of issue 16,
 * which needs the application's services — certificate signing — and so runs at start-up rather
 * than inside a migration). A task that finds its row does nothing.
 */
export class MaintenanceRuns1763917100000 implements MigrationInterface {
  name = 'MaintenanceRuns1763917100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'maintenance_runs',
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'ran_at', type: 'timestamp' },
          { name: 'outcome', type: 'text', default: "'{}'" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('maintenance_runs');
  }
}
