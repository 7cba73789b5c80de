import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/** Hand-written: row-level security for the "needs placement" list and SCIM groups. */
export class ScimIsolation1796120787680 implements MigrationInterface {
  name = 'ScimIsolation1796120787680';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'placement_need');
    await isolateTenantTable(queryRunner, 'scim_group');
    await isolateTenantTable(queryRunner, 'scim_group_member');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['scim_group_member', 'scim_group', 'placement_need'])
      await releaseTenantTable(queryRunner, table);
  }
}
