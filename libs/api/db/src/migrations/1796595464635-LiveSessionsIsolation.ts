import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for live sessions and bookings. Neither may be deleted by
 * the application: a cancelled session stays visible as cancelled, and a booking keeps its
 * calendar UID for its whole life.
 */
export class LiveSessionsIsolation1796595464635 implements MigrationInterface {
  name = 'LiveSessionsIsolation1796595464635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'live_session', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'live_session_booking', 'SELECT, INSERT, UPDATE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['live_session_booking', 'live_session']) await releaseTenantTable(queryRunner, table);
  }
}
