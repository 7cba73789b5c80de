import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { runAsTenant, TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { changeCount, writeRosterChanges } from '@larnav/api/org';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import type { HrImportDetailResponse } from '../dto/hr-import.dto';
import { HrImport, HrImportStatus } from '../entities/hr-import.entity';
import { HrImportMapping } from '../entities/hr-import-mapping.entity';
import { HrImportService } from '../hr-import.service';
import { planFile, unpackRows } from '../plan/plan-file';

export const APPLY_JOB = 'hr-import.apply';

/** Why an apply stopped without writing: the plan it would make now is not the one shown. */
class PlanChanged extends Error {}

/**
 * Applying an import: a job on the shared queue, so the upload's request returns at once and the
 * page shows a progress bar. One transaction writes everything or nothing. It plans the file
 * again inside that transaction, holding the municipality's import lock, and writes only if the
 * plan is exactly the dry run the person saw; otherwise the import is `stale` and they run the
 * dry run again. At most one apply runs per municipality at a time (a `stately` queue).
 */
@Injectable()
export class HrImportApply implements OnModuleInit {
  private readonly logger = new Logger(HrImportApply.name);

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly imports: HrImportService,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ tenantId: string; importId: string; actorPersonId: string | null }>({
      name: APPLY_JOB,
      handler: ({ importId, actorPersonId }) => this.run(importId, actorPersonId),
      policy: 'stately',
      // A crash mid-apply rolls the transaction back; the retry starts it over from the plan.
      retryLimit: 2,
      expireInSeconds: 30 * 60,
    });
  }

  /** Puts a planned import on the queue; the response says `queued`. */
  async request(id: string, actor: Actor, now = new Date()): Promise<HrImportDetailResponse> {
    await this.db.transaction(async (em) => {
      const entry = await this.imports.find(em, id, { lock: true });
      if (entry.status !== 'planned') {
        throw DomainError.conflict(ProblemCode.ImportNotPlanned, notPlanned(entry.status));
      }
      if (entry.plannedOn !== calendarDateAt(now)) {
        throw DomainError.conflict(
          ProblemCode.ImportNotPlanned,
          `The dry run was made on ${entry.plannedOn}, and changes take effect from the day they are applied. Run the dry run again today.`,
        );
      }
      await em.update(HrImport, { id }, { status: 'queued' });
    });
    const tenantId = this.db.tenantId();
    const job = await this.queue.send(
      APPLY_JOB,
      { tenantId, importId: id, actorPersonId: actor.personId },
      { singletonKey: tenantId },
    );
    if (!job) {
      await this.setStatus(id, 'planned', null);
      throw DomainError.conflict(
        ProblemCode.ImportNotPlanned,
        'Another import is being applied for this municipality. Try again when it is done.',
      );
    }
    return this.imports.detail(id);
  }

  /** The job: plan again, compare, write, all in one transaction. */
  async run(id: string, actorPersonId: string | null, now = new Date()): Promise<void> {
    const tenantId = this.db.tenantId();
    try {
      await this.db.transaction(async (em) => {
        // One import at a time per municipality, also against a request that planned just now.
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('hr-import:' || $1::text))`, [tenantId]);
        // Not locked as a row: the progress, written beside this transaction, updates it meanwhile.
        const entry = await this.imports.find(em, id, { full: true });
        if (entry.status !== 'queued' && entry.status !== 'applying') return;
        if (!entry.cells || !entry.planSha256) throw new PlanChanged('The import has no dry run to apply.');
        const today = calendarDateAt(now);
        if (today !== entry.plannedOn)
          throw new PlanChanged(`The dry run was made on ${entry.plannedOn}; it is ${today} now.`);
        await this.progress(tenantId, id, 'applying', 0, 0);
        const plan = await planFile(em, entry.headers, unpackRows(entry.cells), entry.mapping, today);
        if (plan.sha256 !== entry.planSha256) {
          throw new PlanChanged('The staff changed since the dry run (another import, SCIM or an edit by hand).');
        }
        const total = changeCount(plan.operations);
        await writeRosterChanges(em, tenantId, plan.operations, (done) =>
          this.progress(tenantId, id, 'applying', done, total),
        );
        await em.upsert(HrImportMapping, { tenantId, mapping: entry.mapping }, { conflictPaths: ['tenantId'] });
        await em.update(
          HrImport,
          { id },
          { status: 'applied', appliedAt: now, cells: null, failure: null, progressDone: total, progressTotal: total },
        );
        await this.audit.record({
          action: 'hr-import-applied',
          actor: { personId: actorPersonId, tokenId: null },
          target: { type: 'hr-import', id },
          details: { fileName: entry.fileName, summary: plan.summary },
        });
      });
    } catch (error) {
      if (error instanceof PlanChanged) {
        await this.setStatus(id, 'stale', `${error.message} Nothing was changed: run the dry run again.`);
        return;
      }
      this.logger.error({ err: error, importId: id }, 'HR import failed');
      await this.setStatus(id, 'failed', `The import stopped and changed nothing: ${(error as Error).message}`);
    }
  }

  /** Progress is written beside the apply's transaction, so the page sees it before the commit. */
  private progress(tenantId: string, id: string, status: HrImportStatus, done: number, total: number): Promise<void> {
    return runAsTenant(tenantId, () =>
      this.db.transaction(async (em) => {
        await em.update(HrImport, { id }, { status, progressDone: done, progressTotal: total });
      }),
    );
  }

  private setStatus(id: string, status: HrImportStatus, failure: string | null): Promise<void> {
    return runAsTenant(this.db.tenantId(), () =>
      this.db.transaction(async (em) => {
        await em.update(HrImport, { id }, { status, failure });
      }),
    );
  }
}

function notPlanned(status: HrImportStatus): string {
  switch (status) {
    case 'unmapped':
      return 'Choose the columns first: the import has no dry run yet.';
    case 'queued':
    case 'applying':
      return 'The import is being applied already.';
    case 'applied':
      return 'The import is applied already.';
    default:
      return 'The dry run is out of date. Run it again before applying.';
  }
}
