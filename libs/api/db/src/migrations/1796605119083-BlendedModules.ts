import { MigrationInterface, QueryRunner } from 'typeorm';

export class BlendedModules1796605119083 implements MigrationInterface {
  name = 'BlendedModules1796605119083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "completion_part" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "version_id" uuid NOT NULL, "part" character varying(20) NOT NULL, "source_id" uuid NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL, "session_starts_at" TIMESTAMP WITH TIME ZONE, "score" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f4867d9d6e56b32e6b111806f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_completion_part_source" ON "completion_part"  ("tenant_id", "person_id", "version_id", "part", "source_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD "completion_requirement" character varying(20) NOT NULL DEFAULT 'either'`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD "part_order" character varying(20) NOT NULL DEFAULT 'any'`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD CONSTRAINT "CHK_module_version_part_order" CHECK ("part_order" = 'any' OR "completion_requirement" = 'both')`,
    );
    await queryRunner.query(
      `ALTER TABLE "completion_part" ADD CONSTRAINT "FK_762445e6738fbe14ed2a4467398" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "completion_part" DROP CONSTRAINT "FK_762445e6738fbe14ed2a4467398"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "CHK_module_version_part_order"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP COLUMN "part_order"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP COLUMN "completion_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_completion_part_source"`);
    await queryRunner.query(`DROP TABLE "completion_part"`);
  }
}
