import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningSchema1796117634282 implements MigrationInterface {
  name = 'LearningSchema1796117634282';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "version_id" uuid NOT NULL, "state" jsonb NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f822b29b3128d1c65d3d6c193d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_attempt_person_module" ON "attempt"  ("tenant_id", "person_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_attempt_person_version" ON "attempt"  ("tenant_id", "person_id", "version_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "completion_id" uuid NOT NULL, "person_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "person_name" character varying(200) NOT NULL, "module_title" character varying(200) NOT NULL, "version_number" integer NOT NULL, "municipality_name" character varying(200) NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(500), "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_certificate_completion" ON "certificate"  ("completion_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_certificate_code" ON "certificate"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "completion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "version_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "score" integer, "method" character varying(30) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2c0de9dd4943fffe5936e083748" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_completion_person_version" ON "completion"  ("tenant_id", "person_id", "module_id", "version_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "due_date" date, "reason" character varying(300) NOT NULL, "enrolled_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_enrolment_person_module" ON "enrolment"  ("tenant_id", "person_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_event" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "person_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3706d373c06cb98c15b5bf4942" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_event_attempt" ON "progress_event"  ("attempt_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz_submission" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "person_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "quiz_id" uuid NOT NULL, "try_number" integer NOT NULL, "results" jsonb NOT NULL, "score" integer NOT NULL, "passed" boolean NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_595fc213eb87fb9c7a47246aa16" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_quiz_submission_try" ON "quiz_submission"  ("attempt_id", "quiz_id", "try_number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt" ADD CONSTRAINT "FK_9f63361c756c84c827328cc2706" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_e2bcee3d44b9c071afd26fe8505" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "completion" ADD CONSTRAINT "FK_c61b0bff255395e1e768fa5b5b2" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_76470376961a244a05a01ae2610" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_76470376961a244a05a01ae2610"`);
    await queryRunner.query(`ALTER TABLE "completion" DROP CONSTRAINT "FK_c61b0bff255395e1e768fa5b5b2"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_e2bcee3d44b9c071afd26fe8505"`);
    await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_9f63361c756c84c827328cc2706"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_quiz_submission_try"`);
    await queryRunner.query(`DROP TABLE "quiz_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_progress_event_attempt"`);
    await queryRunner.query(`DROP TABLE "progress_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_enrolment_person_module"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_completion_person_version"`);
    await queryRunner.query(`DROP TABLE "completion"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certificate_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certificate_completion"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_attempt_person_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempt_person_module"`);
    await queryRunner.query(`DROP TABLE "attempt"`);
  }
}
