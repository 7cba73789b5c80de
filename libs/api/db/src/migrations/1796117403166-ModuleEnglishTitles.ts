import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModuleEnglishTitles1796117403166 implements MigrationInterface {
  name = 'ModuleEnglishTitles1796117403166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_version" ADD "title_en" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "module_version" ADD "summary_en" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_version" DROP COLUMN "summary_en"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP COLUMN "title_en"`);
  }
}
