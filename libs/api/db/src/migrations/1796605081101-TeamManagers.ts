import { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamManagers1796605081101 implements MigrationInterface {
  name = 'TeamManagers1796605081101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "org_unit" ADD "manager_id" uuid`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" ADD "approver_id" uuid`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" ADD "approval" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" ADD "approval_decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_org_unit_manager" ON "org_unit"  ("manager_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_live_session_booking_approver" ON "live_session_booking"  ("approver_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "FK_ea2a11edf9952851913a63df198" FOREIGN KEY ("manager_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "FK_ea2a11edf9952851913a63df198"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_session_booking_approver"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_org_unit_manager"`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" DROP COLUMN "approval_decided_at"`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" DROP COLUMN "approval"`);
    await queryRunner.query(`ALTER TABLE "live_session_booking" DROP COLUMN "approver_id"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP COLUMN "manager_id"`);
  }
}
