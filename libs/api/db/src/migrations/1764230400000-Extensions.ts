import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: TypeORM cannot express extensions. ltree gives subtree queries on the org tree;
 * btree_gist lets the employment exclusion constraint compare ids and date ranges together.
 */
export class Extensions1764230400000 implements MigrationInterface {
  name = 'Extensions1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
  }

  async down(): Promise<void> {
    // Extensions may be shared with other schemas; leave them.
  }
}
