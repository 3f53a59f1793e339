import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A trainer_courses row whose id is a curriculum course's is an adaptation of that course (a quiz
 * attached, lessons edited). `based_on_hash` is the curriculum files' content hash it was started
 * from: the adaptation is served only while the files still have that hash (decision 0012).
 */
export class CourseAdaptations1763915300000 implements MigrationInterface {
  name = 'CourseAdaptations1763915300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('trainer_courses', new TableColumn({ name: 'based_on_hash', type: 'varchar', length: '64', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('trainer_courses', 'based_on_hash');
  }
}
