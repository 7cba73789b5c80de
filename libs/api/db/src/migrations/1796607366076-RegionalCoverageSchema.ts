import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionalCoverageSchema1796607366076 implements MigrationInterface {
  name = 'RegionalCoverageSchema1796607366076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "regional_coverage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "module_id" uuid NOT NULL, "as_of" date NOT NULL, "population" integer NOT NULL, "compliant" integer NOT NULL, "in_progress" integer NOT NULL, "not_started" integer NOT NULL, "overdue" integer NOT NULL, "exempt" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9c357eae1d77cf3551020c88785" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_regional_coverage_tenant_module" ON "regional_coverage"  ("tenant_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "regional_sharing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "decided_by" uuid, "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a85274d372917b3eadbedd1405d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_regional_sharing_tenant" ON "regional_sharing"  ("tenant_id") `);
    await queryRunner.query(
      `ALTER TABLE "regional_coverage" ADD CONSTRAINT "FK_6bb583213eb2b6f24e68d93d3ae" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_sharing" ADD CONSTRAINT "FK_05b7c63459e37a2bcdac5f94d52" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "regional_sharing" DROP CONSTRAINT "FK_05b7c63459e37a2bcdac5f94d52"`);
    await queryRunner.query(`ALTER TABLE "regional_coverage" DROP CONSTRAINT "FK_6bb583213eb2b6f24e68d93d3ae"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_regional_sharing_tenant"`);
    await queryRunner.query(`DROP TABLE "regional_sharing"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_regional_coverage_tenant_module"`);
    await queryRunner.query(`DROP TABLE "regional_coverage"`);
  }
}
