import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

const TENANT_TABLES = ['training_module', 'module_version', 'lesson', 'media_file', 'version_media'];
const CROSSING = `current_setting('app.crossing', true) = 'shared-modules'`;

/**
 * Hand-written: row-level security for the catalog, the rule that a published version never
 * changes (enforced by PostgreSQL, so no code path can forget it), and the region's sharing:
 * a declared tenant crossing (`shared-modules`) that admits other municipalities to shared
 * modules' published and retired versions, their lessons and the media those versions use;
 * never to drafts, private modules, or files no published version uses.
 */
export class CatalogIsolation1796116702952 implements MigrationInterface {
  name = 'CatalogIsolation1796116702952';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await isolateTenantTable(queryRunner, table);

    await queryRunner.query(`
      CREATE FUNCTION refuse_change_to_published_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'draft' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        -- Retiring is the one change a published version may have.
        IF TG_OP = 'UPDATE' AND OLD.status = 'published' AND NEW.status = 'retired'
           AND (to_jsonb(NEW) - 'status' - 'updated_at') = (to_jsonb(OLD) - 'status' - 'updated_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'module version % is % and cannot change', OLD.id, OLD.status
          USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_module_version_immutable';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER module_version_immutable BEFORE UPDATE OR DELETE ON "module_version"
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_version()`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_to_published_lesson() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        version_status text;
      BEGIN
        SELECT status INTO version_status FROM module_version
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
        IF version_status IS DISTINCT FROM 'draft' AND NOT (TG_OP = 'DELETE' AND version_status IS NULL) THEN
          RAISE EXCEPTION 'the lessons of a % version cannot change', coalesce(version_status, 'unknown')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_module_version_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER lesson_immutable BEFORE INSERT OR UPDATE OR DELETE ON "lesson"
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_lesson()`);

    // The sharing crossing. Each subquery is itself filtered by these policies, so a lesson is
    // visible only through a visible (shared, non-draft) version of a visible (shared) module.
    await queryRunner.query(`
      CREATE POLICY shared_module_read ON "training_module" FOR SELECT
        USING (${CROSSING} AND sharing = 'region')`);
    await queryRunner.query(`
      CREATE POLICY shared_version_read ON "module_version" FOR SELECT
        USING (${CROSSING} AND status <> 'draft'
               AND EXISTS (SELECT 1 FROM training_module m WHERE m.id = module_id))`);
    await queryRunner.query(`
      CREATE POLICY shared_lesson_read ON "lesson" FOR SELECT
        USING (${CROSSING} AND EXISTS (SELECT 1 FROM module_version v WHERE v.id = version_id))`);
    await queryRunner.query(`
      CREATE POLICY shared_version_media_read ON "version_media" FOR SELECT
        USING (${CROSSING} AND EXISTS (SELECT 1 FROM module_version v WHERE v.id = version_id))`);
    await queryRunner.query(`
      CREATE POLICY shared_media_read ON "media_file" FOR SELECT
        USING (${CROSSING} AND EXISTS (SELECT 1 FROM version_media vm WHERE vm.media_id = id))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [policy, table] of [
      ['shared_media_read', 'media_file'],
      ['shared_version_media_read', 'version_media'],
      ['shared_lesson_read', 'lesson'],
      ['shared_version_read', 'module_version'],
      ['shared_module_read', 'training_module'],
    ]) {
      await queryRunner.query(`DROP POLICY IF EXISTS ${policy} ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER IF EXISTS lesson_immutable ON "lesson"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS refuse_change_to_published_lesson()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS module_version_immutable ON "module_version"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS refuse_change_to_published_version()`);
    for (const table of [...TENANT_TABLES].reverse()) await releaseTenantTable(queryRunner, table);
  }
}
