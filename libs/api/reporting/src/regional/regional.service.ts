import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import type { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { withPercentage } from '../coverage/coverage.engine';
import { RegionalCoverage } from './entities/regional-coverage.entity';
import { RegionalSharing } from './entities/regional-sharing.entity';
import { RegionalCoverageRefresh } from './regional-coverage.refresh';
import {
  MINIMUM_GROUP,
  type MunicipalityCoverage,
  type RegionalComparisonResponse,
  type RegionalSharingResponse,
} from './regional.dto';

interface ComparedRow {
  tenant_id: string;
  name: string;
  module_id: string;
  as_of: string;
  population: number;
  compliant: number;
  in_progress: number;
  not_started: number;
  overdue: number;
  exempt: number;
  computed_at: Date;
}

/**
 * The region's comparison of shared modules: each sharing municipality's counts side by side,
 * read through the `regional-coverage` crossing, whose policy holds back any group under five.
 * A municipality decides for itself whether it shares.
 */
@Injectable()
export class RegionalService {
  constructor(
    private readonly db: TenantDb,
    private readonly refresh: RegionalCoverageRefresh,
    private readonly audit: AuditLog,
  ) {}

  async comparison(): Promise<RegionalComparisonResponse> {
    const ownMunicipalityShares = await this.db.transaction((em) => em.existsBy(RegionalSharing, {}));
    const rows: ComparedRow[] = await this.db.crossTenants('regional-coverage', (em) =>
      em.query(
        `SELECT c.tenant_id, t.name, c.module_id, c.as_of::text AS as_of, c.population, c.compliant, c.in_progress,
                c.not_started, c.overdue, c.exempt, c.computed_at
           FROM regional_coverage c JOIN tenant t ON t.id = c.tenant_id
          WHERE c.population - c.exempt >= $1`,
        // The policy already holds smaller groups back; the condition says so where it is read.
        [MINIMUM_GROUP],
      ),
    );
    const moduleIds = [...new Set(rows.map((row) => row.module_id))];
    const titles = await this.titles(moduleIds);
    const modules = moduleIds
      .filter((id) => titles.has(id))
      .map((moduleId) => ({
        moduleId,
        ...(titles.get(moduleId) as { title: string; titleEn: string | null }),
        municipalities: rows
          .filter((row) => row.module_id === moduleId)
          .map(municipality)
          .sort((a, b) => (b.percentage ?? -1) - (a.percentage ?? -1) || a.name.localeCompare(b.name, 'sv')),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    return { minimumGroup: MINIMUM_GROUP, ownMunicipalityShares, modules };
  }

  async sharing(): Promise<RegionalSharingResponse> {
    return this.db.transaction(async (em) => {
      const decision = await em.findOneBy(RegionalSharing, {});
      const [latest] = await em.query(`SELECT max(computed_at) AS computed_at FROM regional_coverage`);
      return {
        shares: decision !== null,
        since: decision?.since.toISOString() ?? null,
        computedAt: decision && latest?.computed_at ? new Date(latest.computed_at).toISOString() : null,
      };
    });
  }

  /** Starts sharing (numbers worked out at once, by a job) or stops and removes what was shared. */
  async setSharing(shares: boolean, actor: Actor): Promise<RegionalSharingResponse> {
    const changed = await this.db.transaction(async (em) => {
      const current = await em.findOneBy(RegionalSharing, {});
      if (shares === (current !== null)) return false;
      if (shares) {
        await em.insert(RegionalSharing, { tenantId: this.db.tenantId(), decidedBy: actor.personId ?? null });
      } else {
        await em.createQueryBuilder().delete().from(RegionalSharing).execute();
        await em.createQueryBuilder().delete().from(RegionalCoverage).execute();
      }
      await this.audit.record({ action: 'regional-sharing-changed', actor, details: { shares } });
      return true;
    });
    if (changed && shares) await this.refresh.request(this.db.tenantId());
    return this.sharing();
  }

  /** The shared modules' titles from their newest published version, read as the region may. */
  private async titles(moduleIds: string[]): Promise<Map<string, { title: string; titleEn: string | null }>> {
    if (moduleIds.length === 0) return new Map();
    const rows: { module_id: string; title: string; title_en: string | null }[] = await this.db.crossTenants(
      'shared-modules',
      (em) =>
        em.query(
          `SELECT DISTINCT ON (module_id) module_id, title, title_en FROM module_version
            WHERE module_id = ANY($1::uuid[]) AND status = 'published' ORDER BY module_id, number DESC`,
          [moduleIds],
        ),
    );
    return new Map(rows.map((row) => [row.module_id, { title: row.title, titleEn: row.title_en }]));
  }
}

function municipality(row: ComparedRow): MunicipalityCoverage {
  return {
    tenantId: row.tenant_id,
    name: row.name,
    asOf: row.as_of,
    computedAt: new Date(row.computed_at).toISOString(),
    ...withPercentage({
      population: row.population,
      compliant: row.compliant,
      inProgress: row.in_progress,
      notStarted: row.not_started,
      overdue: row.overdue,
      exempt: row.exempt,
    }),
  };
}
