import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmploymentIndexByTenant1795771834639 implements MigrationInterface {
  name = 'EmploymentIndexByTenant1795771834639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_employment_unit_span"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_employment_unit_span" ON "employment"  ("tenant_id", "org_unit_id", "start_date", "end_date", "person_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_employment_unit_span"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_employment_unit_span" ON "employment" ("org_unit_id", "start_date", "end_date", "person_id") `,
    );
  }
}
