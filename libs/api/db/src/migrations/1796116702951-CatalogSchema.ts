import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogSchema1796116702951 implements MigrationInterface {
  name = 'CatalogSchema1796116702951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "owner_id" uuid, "tags" text array NOT NULL DEFAULT '{}', "sharing" character varying(20) NOT NULL DEFAULT 'private', "copied_from_version_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b8d0e5f39fcbabed5e61c1f929" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_training_module_tenant_updated" ON "training_module"  ("tenant_id", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "module_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "module_id" uuid NOT NULL, "number" integer NOT NULL, "status" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT '', "language" character varying(5) NOT NULL, "estimated_minutes" integer NOT NULL, "cover_media_id" uuid, "revision" integer NOT NULL DEFAULT '1', "change_note" text, "significance" character varying(20), "changes" jsonb, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_module_version_published" CHECK ("status" = 'draft' OR ("published_at" IS NOT NULL AND "significance" IS NOT NULL)), CONSTRAINT "PK_980f26dd3aaba44386ab0cef6d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_module_version_one_draft" ON "module_version"  ("module_id") WHERE "status" = 'draft'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_module_version_number" ON "module_version"  ("module_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson" ("version_id" uuid NOT NULL, "id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "blocks" jsonb NOT NULL, CONSTRAINT "PK_6e07d253b7f38b024c43bb95b16" PRIMARY KEY ("version_id", "id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_lesson_position" ON "lesson"  ("version_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "media_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "module_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(300) NOT NULL, "file_name" character varying(255) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cac82b29eea888470cc40043b76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_media_file_module" ON "media_file"  ("module_id") `);
    await queryRunner.query(
      `CREATE TABLE "version_media" ("version_id" uuid NOT NULL, "media_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, CONSTRAINT "PK_fdcef7b15ae962eb9a024d4845d" PRIMARY KEY ("version_id", "media_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_module" ADD CONSTRAINT "FK_3582b7a9b1880801feedfbeab0c" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD CONSTRAINT "FK_2bf01fe33d5dae49014a8d94a1f" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD CONSTRAINT "FK_8916874e0452ec7b14f698b5f23" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_e7c1b1b3a76bf4ec2b686104cd4" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_1d122028415100d17bb226c77d4" FOREIGN KEY ("version_id") REFERENCES "module_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "media_file" ADD CONSTRAINT "FK_4a53246f6d69ae32f2a0fc74c72" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "version_media" ADD CONSTRAINT "FK_660db3c0e20bf17cc0ed62986fb" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "version_media" DROP CONSTRAINT "FK_660db3c0e20bf17cc0ed62986fb"`);
    await queryRunner.query(`ALTER TABLE "media_file" DROP CONSTRAINT "FK_4a53246f6d69ae32f2a0fc74c72"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_1d122028415100d17bb226c77d4"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_e7c1b1b3a76bf4ec2b686104cd4"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_8916874e0452ec7b14f698b5f23"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_2bf01fe33d5dae49014a8d94a1f"`);
    await queryRunner.query(`ALTER TABLE "training_module" DROP CONSTRAINT "FK_3582b7a9b1880801feedfbeab0c"`);
    await queryRunner.query(`DROP TABLE "version_media"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_media_file_module"`);
    await queryRunner.query(`DROP TABLE "media_file"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_lesson_position"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_module_version_number"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_module_version_one_draft"`);
    await queryRunner.query(`DROP TABLE "module_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_module_tenant_updated"`);
    await queryRunner.query(`DROP TABLE "training_module"`);
  }
}
