import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for the outbox and the reminder guard. `reminder_sent` is
 * append-only: a guard row that could be deleted would let a reminder go out twice.
 */
export class NotificationsIsolation1796586203372 implements MigrationInterface {
  name = 'NotificationsIsolation1796586203372';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'outbound_mail', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'reminder_sent', 'SELECT, INSERT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['reminder_sent', 'outbound_mail']) await releaseTenantTable(queryRunner, table);
  }
}
