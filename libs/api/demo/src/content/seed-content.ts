import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries, DraftService, ModuleService, TrainingModule } from '@larnav/api/catalog';
import { Actor } from '@larnav/api/common';
import { runWithManager, TenantDb } from '@larnav/api/db';
import { Role } from '@larnav/contracts';
import { lessonsSchema, ModuleSharing } from '@larnav/shared/catalog';
import { BUSINESS_PERSPECTIVE } from './business-perspective';
import { DemoModule } from './content-builders';
import { INFORMATION_SECURITY, NEW_EMPLOYEE } from './everyday-modules';

/** What each demo municipality gets; the business-perspective module is Stenungsund's, shared with the region. */
export const DEMO_MODULES: Record<string, DemoModule[]> = {
  stenungsund: [BUSINESS_PERSPECTIVE, NEW_EMPLOYEE, INFORMATION_SECURITY],
  tjorn: [NEW_EMPLOYEE, INFORMATION_SECURITY],
};

/**
 * Writes the demo modules as a trainer would: create, save the draft, publish, share. Through
 * the catalog's own services, so the demo holds to the same rules as everything else; the
 * lessons are checked against the lesson schema first, as the API would.
 */
export async function writeDemoModules(
  em: EntityManager,
  tenantId: string,
  modules: DemoModule[],
  author: string | null,
): Promise<void> {
  const db = new TenantDb(em.connection);
  const audit = new AuditLog(db);
  const queries = new CatalogQueries(db);
  const moduleService = new ModuleService(db, queries, audit);
  const drafts = new DraftService(db, moduleService, queries, audit, { videoHosts: [], importMaxBytes: 0 });
  const actor: Actor = {
    tenantId,
    personId: author,
    tokenId: null,
    sessionId: null,
    roles: [Role.Trainer],
    permissions: new Set(),
    hrUnitIds: [],
  };
  await runWithManager({ tenantId }, em, async () => {
    if ((await em.count(TrainingModule)) > 0) return;
    for (const demo of modules) {
      const lessons = lessonsSchema.parse(demo.lessons);
      const front = {
        title: demo.title,
        titleEn: demo.titleEn,
        summary: demo.summary,
        summaryEn: demo.summaryEn,
        language: 'sv' as const,
        estimatedMinutes: demo.estimatedMinutes,
      };
      const module = await moduleService.create({ ...front, tags: demo.tags }, actor);
      const draft = await drafts.open(module.id, actor);
      const saved = await drafts.save(module.id, { ...front, revision: draft.revision, lessons }, actor);
      await drafts.publish(
        module.id,
        { changeNote: 'Första versionen.', significance: 'significant', revision: saved.revision },
        actor,
      );
      if (demo.shared) await moduleService.setSharing(module.id, ModuleSharing.Region, actor);
    }
  });
}
