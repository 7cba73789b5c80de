import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSessionsSchema1796595464634 implements MigrationInterface {
  name = 'LiveSessionsSchema1796595464634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "module_id" uuid NOT NULL, "series_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "online_link" character varying(2000), "capacity" integer NOT NULL, "trainer_ids" uuid array NOT NULL DEFAULT '{}', "booking_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "cancellation_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "bookable_unit_ids" uuid array NOT NULL DEFAULT '{}', "requires_approval" boolean NOT NULL DEFAULT false, "status" character varying(10) NOT NULL DEFAULT 'scheduled', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_live_session_deadlines" CHECK ("booking_deadline" <= "starts_at" AND "cancellation_deadline" <= "starts_at"), CONSTRAINT "CHK_live_session_where" CHECK ("place" IS NOT NULL OR "online_link" IS NOT NULL), CONSTRAINT "CHK_live_session_capacity" CHECK ("capacity" > 0), CONSTRAINT "CHK_live_session_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_8c12a79cfe5dac6c435df6024e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_live_session_module_start" ON "live_session"  ("tenant_id", "module_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "live_session_booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ical_uid" character varying(200) NOT NULL, "ical_sequence" integer NOT NULL DEFAULT '0', "invited" boolean NOT NULL DEFAULT false, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3901fec86cb313ad2fb3ed82282" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_live_session_booking_ical_uid" ON "live_session_booking"  ("tenant_id", "ical_uid") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_live_session_booking_person" ON "live_session_booking"  ("tenant_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_live_session_booking_queue" ON "live_session_booking"  ("tenant_id", "session_id", "status", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_live_session_booking_active" ON "live_session_booking"  ("tenant_id", "session_id", "person_id") WHERE "status" <> 'cancelled'`,
    );
    await queryRunner.query(`ALTER TABLE "outbound_mail" ADD "calendar" text`);
    await queryRunner.query(`ALTER TABLE "outbound_mail" ADD "calendar_method" character varying(10)`);
    await queryRunner.query(
      `ALTER TABLE "live_session" ADD CONSTRAINT "FK_c2072ca55594c7bf1113b7d1a06" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_booking" ADD CONSTRAINT "FK_c4ebfd150dd9371bd3d2bbd01f7" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_booking" ADD CONSTRAINT "FK_a635e540025162cfd4fe78104ef" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session_booking" DROP CONSTRAINT "FK_a635e540025162cfd4fe78104ef"`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" DROP CONSTRAINT "FK_c4ebfd150dd9371bd3d2bbd01f7"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP CONSTRAINT "FK_c2072ca55594c7bf1113b7d1a06"`);
    await queryRunner.query(`ALTER TABLE "outbound_mail" DROP COLUMN "calendar_method"`);
    await queryRunner.query(`ALTER TABLE "outbound_mail" DROP COLUMN "calendar"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_live_session_booking_active"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_session_booking_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_session_booking_person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_live_session_booking_ical_uid"`);
    await queryRunner.query(`DROP TABLE "live_session_booking"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_session_module_start"`);
    await queryRunner.query(`DROP TABLE "live_session"`);
  }
}
