import { MigrationInterface, QueryRunner } from 'typeorm';

export class HrImportSchema1796595446595 implements MigrationInterface {
  name = 'HrImportSchema1796595446595';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "hr_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "format" character varying(10) NOT NULL, "file_sha256" character(64) NOT NULL, "headers" jsonb NOT NULL, "cells" jsonb, "mapping" jsonb NOT NULL, "summary" jsonb, "changes" jsonb NOT NULL DEFAULT '[]', "plan_sha256" character(64), "planned_on" date NOT NULL, "status" character varying(10) NOT NULL, "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer NOT NULL DEFAULT '0', "failure" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e511c5639a0eb2932a2e05a8fe5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_hr_import_time" ON "hr_import"  ("tenant_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "hr_import_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "mapping" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a9b93550c6e3f243e4b0a0e9fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hr_import_mapping_tenant" ON "hr_import_mapping"  ("tenant_id") `);
    await queryRunner.query(
      `ALTER TABLE "hr_import" ADD CONSTRAINT "FK_faf7c2b620af329425eed92d362" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hr_import_mapping" ADD CONSTRAINT "FK_ec986f996243f243ef70e0495dc" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hr_import_mapping" DROP CONSTRAINT "FK_ec986f996243f243ef70e0495dc"`);
    await queryRunner.query(`ALTER TABLE "hr_import" DROP CONSTRAINT "FK_faf7c2b620af329425eed92d362"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_hr_import_mapping_tenant"`);
    await queryRunner.query(`DROP TABLE "hr_import_mapping"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hr_import_time"`);
    await queryRunner.query(`DROP TABLE "hr_import"`);
  }
}
