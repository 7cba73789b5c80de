import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoverageFactsSchema1796605397635 implements MigrationInterface {
  name = 'CoverageFactsSchema1796605397635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coverage_standing" ("tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "status" character varying(16) NOT NULL, "due_date" date, "completed_on" date, "valid_until" date, CONSTRAINT "PK_73b08bd0c9f38b775c2e6d76b48" PRIMARY KEY ("tenant_id", "person_id", "module_id", "from_date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "coverage_placement" ("tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "weight" smallint NOT NULL, CONSTRAINT "PK_933faf0de4a795e2d9b440ab66c" PRIMARY KEY ("tenant_id", "person_id", "org_unit_id", "from_date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "coverage_delta" ("compliant" integer NOT NULL, "in_progress" integer NOT NULL, "not_started" integer NOT NULL, "overdue" integer NOT NULL, "exempt" integer NOT NULL, "tenant_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "module_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_188252637758f3ea2dff164e7ce" PRIMARY KEY ("tenant_id", "org_unit_id", "module_id", "day"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_coverage_delta_day" ON "coverage_delta"  ("tenant_id", "day") `);
    await queryRunner.query(
      `CREATE TABLE "coverage_checkpoint" ("compliant" integer NOT NULL, "in_progress" integer NOT NULL, "not_started" integer NOT NULL, "overdue" integer NOT NULL, "exempt" integer NOT NULL, "tenant_id" uuid NOT NULL, "month" date NOT NULL, "org_unit_id" uuid NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "PK_b6add9c0813bdd49a6f225e2e4f" PRIMARY KEY ("tenant_id", "month", "org_unit_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "coverage_stale_person" ("tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_e8a08f98981df1004b2b7e65ddf" PRIMARY KEY ("tenant_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "coverage_fact_state" ("tenant_id" uuid NOT NULL, "versions" jsonb NOT NULL, "first_month" date NOT NULL, "last_month" date NOT NULL, CONSTRAINT "PK_c240f885b15ffe9c845c344847b" PRIMARY KEY ("tenant_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "coverage_fact_state"`);
    await queryRunner.query(`DROP TABLE "coverage_stale_person"`);
    await queryRunner.query(`DROP TABLE "coverage_checkpoint"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_coverage_delta_day"`);
    await queryRunner.query(`DROP TABLE "coverage_delta"`);
    await queryRunner.query(`DROP TABLE "coverage_placement"`);
    await queryRunner.query(`DROP TABLE "coverage_standing"`);
  }
}
