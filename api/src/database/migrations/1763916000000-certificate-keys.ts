import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Certificate signing keys move from one file in DATA_DIR into the database, with ids, so that
 * every instance signs and verifies with the same keys and keys can rotate (decision 0015).
 * Certificates already issued were signed by the DATA_DIR key, which becomes key 1 at start-up
 * (SigningKeys), so they all get key_id 1 here. Each certificate also gets the course version it
 * was earned on and its index in the revocation status list, numbered in issue order; the
 * counter row hands out the next index.
 */
export class CertificateKeys1763916000000 implements MigrationInterface {
  name = 'CertificateKeys1763916000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificate_keys',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'public_key', type: 'varchar', length: '64' },
          { name: 'private_key', type: 'text' },
          { name: 'created_at', type: 'timestamp' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_status_counter',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'next_index', type: 'integer' },
        ],
      }),
    );
    await queryRunner.addColumns('certificates', [
      new TableColumn({ name: 'key_id', type: 'integer', default: 1 }),
      new TableColumn({ name: 'course_version', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'status_index', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.query(
      `UPDATE certificates SET course_version = (SELECT cv.version FROM enrolments e JOIN course_versions cv ON cv.id = e.course_version_id WHERE e.id = certificates.enrolment_id)`,
    );
    await queryRunner.query(
      `UPDATE certificates SET status_index = (SELECT r.n FROM (SELECT code, ROW_NUMBER() OVER (ORDER BY issued_at, code) - 1 AS n FROM certificates) r WHERE r.code = certificates.code)`,
    );
    await queryRunner.query(`INSERT INTO certificate_status_counter (id, next_index) SELECT 1, COUNT(*) FROM certificates`);
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'uq_certificates_status_index', columnNames: ['status_index'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('certificates', 'uq_certificates_status_index');
    await queryRunner.dropColumns('certificates', ['key_id', 'course_version', 'status_index']);
    await queryRunner.dropTable('certificate_status_counter');
    await queryRunner.dropTable('certificate_keys');
  }
}
