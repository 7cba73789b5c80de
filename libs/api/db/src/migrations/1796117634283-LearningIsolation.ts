import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for learning. What a learner did is never rewritten: the
 * application role may only add progress events and quiz submissions, and may not delete
 * completions or certificates (a certificate is revoked, not removed). The public verification
 * of a certificate is a declared crossing that reads the certificate table alone, by code.
 */
export class LearningIsolation1796117634283 implements MigrationInterface {
  name = 'LearningIsolation1796117634283';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'enrolment');
    await isolateTenantTable(queryRunner, 'attempt', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'progress_event', 'SELECT, INSERT');
    await isolateTenantTable(queryRunner, 'quiz_submission', 'SELECT, INSERT');
    await isolateTenantTable(queryRunner, 'completion', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'certificate', 'SELECT, INSERT, UPDATE');
    await queryRunner.query(`
      CREATE POLICY certificate_verification ON "certificate" FOR SELECT
        USING (current_setting('app.crossing', true) = 'certificate-verification')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS certificate_verification ON "certificate"`);
    for (const table of ['certificate', 'completion', 'quiz_submission', 'progress_event', 'attempt', 'enrolment']) {
      await releaseTenantTable(queryRunner, table);
    }
  }
}
