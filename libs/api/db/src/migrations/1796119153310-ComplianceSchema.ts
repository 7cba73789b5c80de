import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceSchema1796119153310 implements MigrationInterface {
  name = 'ComplianceSchema1796119153310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "module_id" uuid NOT NULL, "target_org_unit_id" uuid, "target_job_role" character varying(100), "due_basis" character varying(20) NOT NULL, "due_days" integer, "due_date" date, "recertify_months" integer, "due_again_days" integer NOT NULL DEFAULT '30', "redo_on_significant" boolean NOT NULL DEFAULT true, "valid_from" date NOT NULL, "valid_to" date, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_assignment_rule_due" CHECK (("due_basis" = 'fixed-date' AND "due_date" IS NOT NULL) OR ("due_basis" <> 'fixed-date' AND "due_days" IS NOT NULL)), CONSTRAINT "CHK_assignment_rule_period" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "PK_c4cc990e5e2382ac7eeec949b57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_assignment_rule_module" ON "assignment_rule"  ("tenant_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exemption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "reason" character varying(300) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_exemption_period" CHECK ("valid_to" >= "valid_from"), CONSTRAINT "PK_45ebb0c677806e7e5e5469964b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_exemption_person_module" ON "exemption"  ("tenant_id", "person_id", "module_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_rule" ADD CONSTRAINT "FK_9b254a2931075502b9fe8b0f6d3" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exemption" ADD CONSTRAINT "FK_542922562eb15bdbd5fb445034b" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exemption" DROP CONSTRAINT "FK_542922562eb15bdbd5fb445034b"`);
    await queryRunner.query(`ALTER TABLE "assignment_rule" DROP CONSTRAINT "FK_9b254a2931075502b9fe8b0f6d3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exemption_person_module"`);
    await queryRunner.query(`DROP TABLE "exemption"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_rule_module"`);
    await queryRunner.query(`DROP TABLE "assignment_rule"`);
  }
}
