import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The first migration. Written with TypeORM's schema API (not raw SQL) so that it runs on SQLite and PostgreSQL alike. */
export class Users1763913600000 implements MigrationInterface {
  name = 'Users1763913600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '320', isUnique: true },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'display_name', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'language', type: 'varchar', length: '8', default: "'en'" },
          { name: 'organisation', type: 'varchar', length: '200', isNullable: true },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'gender', type: 'varchar', length: '32', isNullable: true },
          { name: 'created_at', type: 'timestamp', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
