import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsSchema1796586203371 implements MigrationInterface {
  name = 'NotificationsSchema1796586203371';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbound_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "to_address" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "kind" character varying(30) NOT NULL, "status" character varying(10) NOT NULL, "error" text, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e7f6d3164f065d081b18f3b324f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_outbound_mail_status" ON "outbound_mail"  ("tenant_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_outbound_mail_time" ON "outbound_mail"  ("tenant_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "reminder_sent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "topic" character varying(64) NOT NULL, "occasion" character varying(60) NOT NULL, "mail_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1f9fed5a4711488a360325710b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reminder_sent_occasion" ON "reminder_sent"  ("tenant_id", "person_id", "topic", "occasion") `,
    );
    await queryRunner.query(
      `ALTER TABLE "outbound_mail" ADD CONSTRAINT "FK_11411fcbdeab715ce96b1f48605" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_sent" ADD CONSTRAINT "FK_46f84d4efd311f3f36e50e0edc6" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_sent" DROP CONSTRAINT "FK_46f84d4efd311f3f36e50e0edc6"`);
    await queryRunner.query(`ALTER TABLE "outbound_mail" DROP CONSTRAINT "FK_11411fcbdeab715ce96b1f48605"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reminder_sent_occasion"`);
    await queryRunner.query(`DROP TABLE "reminder_sent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbound_mail_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbound_mail_status"`);
    await queryRunner.query(`DROP TABLE "outbound_mail"`);
  }
}
