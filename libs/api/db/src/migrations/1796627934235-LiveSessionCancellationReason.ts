import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSessionCancellationReason1796627934235 implements MigrationInterface {
  name = 'LiveSessionCancellationReason1796627934235';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session" ADD "cancellation_reason" text`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "cancellation_reason"`);
  }
}
