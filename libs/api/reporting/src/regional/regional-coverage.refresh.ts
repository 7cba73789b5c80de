import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import type { ModuleCoverage } from '../coverage/coverage.dto';
import { ReportsService } from '../reports.service';
import { RegionalCoverage } from './entities/regional-coverage.entity';
import { RegionalSharing } from './entities/regional-sharing.entity';

export const REFRESH_JOB = 'regional-coverage.refresh';
const NIGHTLY_JOB = 'regional-coverage.nightly';

/**
 * Works out a sharing municipality's coverage of the region's shared modules, for the whole
 * municipality today, from the reporting engine (the dashboard's own numbers), and keeps only
 * that: one row of counts per shared module. Runs in the municipality's own transaction, so it
 * sees only its own people; every night, and at once when its admin starts sharing.
 */
@Injectable()
export class RegionalCoverageRefresh implements OnModuleInit {
  private readonly logger = new Logger(RegionalCoverageRefresh.name);

  constructor(
    private readonly db: TenantDb,
    private readonly reports: ReportsService,
    private readonly queue: JobQueue,
    private readonly tenants: TenantService,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ tenantId: string }>({
      name: REFRESH_JOB,
      handler: async () => void (await this.refresh(calendarDateAt(new Date()))),
      policy: 'stately',
    });
    this.queue.define<object>({
      name: NIGHTLY_JOB,
      handler: async () => {
        for (const tenant of await this.tenants.all()) await this.request(tenant.id);
      },
    });
    // Stockholm time: before anyone opens the comparison in the morning.
    this.queue.schedule(NIGHTLY_JOB, '30 5 * * *');
  }

  request(tenantId: string): Promise<void> {
    return this.queue.send(REFRESH_JOB, { tenantId }).then(() => undefined);
  }

  /** The current municipality's shared numbers as of `today`; how many modules were written. */
  async refresh(today: string): Promise<number> {
    const shares = await this.db.transaction((em) => em.existsBy(RegionalSharing, {}));
    if (!shares) {
      await this.db.transaction((em) => em.createQueryBuilder().delete().from(RegionalCoverage).execute());
      return 0;
    }
    const report = await this.reports.coverage({}, today, { kind: 'tenant' }, { limit: 1, offset: 0 });
    const municipality = report.nodes.find((node) => node.parentId === null);
    const origins = await this.sharedOrigins(report.modules.map((m) => m.id));
    // A copy and its original required side by side: the larger group speaks for the module.
    const byOrigin = new Map<string, ModuleCoverage>();
    for (const numbers of municipality?.modules ?? []) {
      const origin = origins.get(numbers.moduleId);
      if (!origin || numbers.population === 0) continue;
      const kept = byOrigin.get(origin);
      if (!kept || kept.population < numbers.population) byOrigin.set(origin, numbers);
    }
    const computedAt = new Date();
    await this.db.transaction(async (em) => {
      await em.createQueryBuilder().delete().from(RegionalCoverage).execute();
      if (byOrigin.size === 0) return;
      await em.insert(
        RegionalCoverage,
        [...byOrigin].map(([moduleId, n]) => ({
          tenantId: this.db.tenantId(),
          moduleId,
          asOf: today,
          population: n.population,
          compliant: n.compliant,
          inProgress: n.inProgress,
          notStarted: n.notStarted,
          overdue: n.overdue,
          exempt: n.exempt,
          computedAt,
        })),
      );
    });
    this.logger.log({ modules: byOrigin.size }, 'Regional coverage worked out');
    return byOrigin.size;
  }

  /**
   * Which of the reported modules are the region's, keyed to the shared original: our own
   * shared module is itself; a copy of another's is its original, if that is still shared; a
   * module required here that is not ours can only be another municipality's shared one.
   */
  private async sharedOrigins(moduleIds: string[]): Promise<Map<string, string>> {
    const origins = new Map<string, string>();
    if (moduleIds.length === 0) return origins;
    const own: { id: string; sharing: string; copied_from_version_id: string | null }[] = await this.db.transaction(
      (em) =>
        em.query(`SELECT id, sharing, copied_from_version_id FROM training_module WHERE id = ANY($1::uuid[])`, [
          moduleIds,
        ]),
    );
    const ownIds = new Set(own.map((m) => m.id));
    for (const id of moduleIds) if (!ownIds.has(id)) origins.set(id, id);
    for (const m of own) if (m.sharing === 'region') origins.set(m.id, m.id);
    const copies = own.filter((m) => m.sharing !== 'region' && m.copied_from_version_id);
    if (copies.length > 0) {
      const versions = await this.db.crossTenants('shared-modules', (em: EntityManager) =>
        em.query(`SELECT id, module_id FROM module_version WHERE id = ANY($1::uuid[])`, [
          copies.map((m) => m.copied_from_version_id),
        ]),
      );
      const originOf = new Map<string, string>(
        versions.map((v: { id: string; module_id: string }) => [v.id, v.module_id]),
      );
      for (const m of copies) {
        const origin = originOf.get(m.copied_from_version_id as string);
        if (origin) origins.set(m.id, origin);
      }
    }
    return origins;
  }
}
