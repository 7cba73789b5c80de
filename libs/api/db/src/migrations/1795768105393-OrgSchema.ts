import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrgSchema1795768105393 implements MigrationInterface {
  name = 'OrgSchema1795768105393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tenant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(63) NOT NULL, "name" character varying(200) NOT NULL, "hostnames" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da8c6efd67bb301e810e56ac139" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_tenant_slug" ON "tenant"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "parent_id" uuid, "name" character varying(200) NOT NULL, "code" character varying(50) NOT NULL, "path" ltree NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_org_unit_parent" ON "org_unit"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_org_unit_path" ON "org_unit" USING gist ("path") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_org_unit_code" ON "org_unit"  ("tenant_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "external_id" character varying(200), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "locale" character varying(5) NOT NULL DEFAULT 'sv', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_person_external_id" ON "person"  ("tenant_id", "external_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_person_email" ON "person"  ("tenant_id", "email") `);
    await queryRunner.query(
      `CREATE TABLE "employment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "job_role" character varying(100) NOT NULL, "start_date" date NOT NULL, "end_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_employment_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "EXCL_employment_overlap" EXCLUDE USING gist ("tenant_id" WITH =, "person_id" WITH =, "org_unit_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&), CONSTRAINT "PK_80e1cceae89697b78db5c953776" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_employment_person" ON "employment"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_employment_unit_span" ON "employment"  ("org_unit_id", "start_date", "end_date", "person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "FK_6fc20b83b5063b4da856e862050" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "FK_b8e4301109a2850200ba2c7c512" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_8521813ba4882e9ffe41a6fb109" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment" ADD CONSTRAINT "FK_bc62151e568f5277226db633226" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment" ADD CONSTRAINT "FK_1edf142a4d50343ceb71074c5d5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment" ADD CONSTRAINT "FK_945bdee3f107a2ca336318644c2" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "employment" DROP CONSTRAINT "FK_945bdee3f107a2ca336318644c2"`);
    await queryRunner.query(`ALTER TABLE "employment" DROP CONSTRAINT "FK_1edf142a4d50343ceb71074c5d5"`);
    await queryRunner.query(`ALTER TABLE "employment" DROP CONSTRAINT "FK_bc62151e568f5277226db633226"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_8521813ba4882e9ffe41a6fb109"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "FK_b8e4301109a2850200ba2c7c512"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "FK_6fc20b83b5063b4da856e862050"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_employment_unit_span"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_employment_person"`);
    await queryRunner.query(`DROP TABLE "employment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_email"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_external_id"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_org_unit_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_org_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_org_unit_parent"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_tenant_slug"`);
    await queryRunner.query(`DROP TABLE "tenant"`);
  }
}
