import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScimSchema1796120787679 implements MigrationInterface {
  name = 'ScimSchema1796120787679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "placement_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "department" character varying(200) NOT NULL, "job_role" character varying(100), "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7ae71ec264bfc8d669338d4f399" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_placement_need_person" ON "placement_need"  ("tenant_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scim_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "display_name" character varying(256) NOT NULL, "external_id" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c1aa55b2b5914cb8c22ca5f800" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_scim_group_external_id" ON "scim_group"  ("tenant_id", "external_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scim_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_6842ab312d79d8e401cf20bf4c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_scim_group_member_person" ON "scim_group_member"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_scim_group_member" ON "scim_group_member"  ("tenant_id", "group_id", "person_id") `,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "employee_number" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "person" ADD "manager_id" uuid`);
    await queryRunner.query(`ALTER TABLE "person" ADD "deprovisioned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_person_manager" ON "person"  ("manager_id") `);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_52805351546c5fbcecb95df520f" FOREIGN KEY ("manager_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_need" ADD CONSTRAINT "FK_a3daac91f617597893f927b2f78" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_need" ADD CONSTRAINT "FK_1257f1a9b175737554cc41d8b78" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scim_group" ADD CONSTRAINT "FK_779d34be4b13ea1b3d50d477547" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scim_group_member" ADD CONSTRAINT "FK_f7a7fb7ef768d8b17420afd3e8a" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scim_group_member" ADD CONSTRAINT "FK_4a28fa43a5303d24298d4d36cf5" FOREIGN KEY ("group_id") REFERENCES "scim_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scim_group_member" ADD CONSTRAINT "FK_6ca67250e349cb5984f6be20f56" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scim_group_member" DROP CONSTRAINT "FK_6ca67250e349cb5984f6be20f56"`);
    await queryRunner.query(`ALTER TABLE "scim_group_member" DROP CONSTRAINT "FK_4a28fa43a5303d24298d4d36cf5"`);
    await queryRunner.query(`ALTER TABLE "scim_group_member" DROP CONSTRAINT "FK_f7a7fb7ef768d8b17420afd3e8a"`);
    await queryRunner.query(`ALTER TABLE "scim_group" DROP CONSTRAINT "FK_779d34be4b13ea1b3d50d477547"`);
    await queryRunner.query(`ALTER TABLE "placement_need" DROP CONSTRAINT "FK_1257f1a9b175737554cc41d8b78"`);
    await queryRunner.query(`ALTER TABLE "placement_need" DROP CONSTRAINT "FK_a3daac91f617597893f927b2f78"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_52805351546c5fbcecb95df520f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_manager"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "deprovisioned_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "manager_id"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "employee_number"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_scim_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_scim_group_member_person"`);
    await queryRunner.query(`DROP TABLE "scim_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_scim_group_external_id"`);
    await queryRunner.query(`DROP TABLE "scim_group"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_placement_need_person"`);
    await queryRunner.query(`DROP TABLE "placement_need"`);
  }
}
