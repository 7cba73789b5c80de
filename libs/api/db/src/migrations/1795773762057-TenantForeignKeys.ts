import { MigrationInterface, QueryRunner } from 'typeorm';

export class TenantForeignKeys1795773762057 implements MigrationInterface {
  name = 'TenantForeignKeys1795773762057';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "FK_46e1833a51ccd789a32429a244c" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_mapping" ADD CONSTRAINT "FK_352ed1bfe0be13f8edfda54cf06" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "integration_token" ADD CONSTRAINT "FK_8e1fd7bdb532f305bdb848eeeb2" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grant" ADD CONSTRAINT "FK_067bcc4b48e556cfd9bf787b867" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_in_config" ADD CONSTRAINT "FK_ab17abd6f9f4bf57202aefe6a6b" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_in_config" DROP CONSTRAINT "FK_ab17abd6f9f4bf57202aefe6a6b"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_067bcc4b48e556cfd9bf787b867"`);
    await queryRunner.query(`ALTER TABLE "integration_token" DROP CONSTRAINT "FK_8e1fd7bdb532f305bdb848eeeb2"`);
    await queryRunner.query(`ALTER TABLE "claim_mapping" DROP CONSTRAINT "FK_352ed1bfe0be13f8edfda54cf06"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_46e1833a51ccd789a32429a244c"`);
  }
}
