import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager, FindOptionsSelect } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import type { ChangesPageResponse, HrImportDetailResponse, HrImportResponse } from './dto/hr-import.dto';
import { HrImport } from './entities/hr-import.entity';
import { HrImportMapping } from './entities/hr-import-mapping.entity';
import { readHrFile } from './file/hr-file.reader';
import { refuseIdentityNumbers } from './file/identity-number.guard';
import { ColumnMapping, completeMapping, mappingProblems, proposeMapping } from './mapping/column-mapping';
import { packRows, planFile, unpackRows } from './plan/plan-file';

/** Columns of an import without its heavy parts (cells, changes), for lists and status polls. */
const LIGHT_COLUMNS: FindOptionsSelect<HrImport> = {
  id: true,
  fileName: true,
  format: true,
  fileSha256: true,
  status: true,
  summary: true,
  progressDone: true,
  progressTotal: true,
  failure: true,
  plannedOn: true,
  createdAt: true,
  appliedAt: true,
  headers: true,
  mapping: true,
};

/**
 * The HR-system import: an upload is read, checked and planned (the dry run) without changing
 * any employment; the apply job (hr-import.job.ts) then writes exactly that plan.
 */
@Injectable()
export class HrImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  /** Reads the file, refuses identity numbers, maps its columns and makes the dry run. */
  async upload(fileName: string, data: Buffer, actor: Actor, now = new Date()): Promise<HrImportDetailResponse> {
    const table = await readHrFile(data);
    refuseIdentityNumbers(table);
    const fileSha256 = createHash('sha256').update(data).digest('hex');
    const id = await this.db.transaction(async (em) => {
      const remembered = await em.findOneBy(HrImportMapping, {});
      const mapping = proposeMapping(table.headers, remembered?.mapping ?? null);
      const entry = em.create(HrImport, {
        tenantId: this.db.tenantId(),
        fileName: fileName.trim() || 'import',
        format: table.format,
        fileSha256,
        headers: table.headers,
        cells: packRows(table.rows),
        mapping,
        createdBy: actor.personId,
      });
      await this.plan(em, entry, now);
      const saved = await em.save(entry);
      await this.audit.record({
        action: 'hr-import-uploaded',
        actor,
        target: { type: 'hr-import', id: saved.id },
        details: { fileName: saved.fileName, rows: table.rows.length, summary: saved.summary },
      });
      return saved.id;
    });
    return this.detail(id);
  }

  /** New column choices, and a new dry run with them; also how a stale dry run is made again. */
  async remap(
    id: string,
    partial: Partial<Record<string, string | null>>,
    now = new Date(),
  ): Promise<HrImportDetailResponse> {
    await this.db.transaction(async (em) => {
      const entry = await this.find(em, id, { lock: true, full: true });
      if (!['unmapped', 'planned', 'stale', 'failed'].includes(entry.status) || entry.cells === null) {
        throw DomainError.conflict(
          ProblemCode.ImportNotPlanned,
          entry.status === 'applied'
            ? 'This import is applied already. Upload the file again to compare it with the staff as they are now.'
            : 'This import is being applied; wait until it is done.',
        );
      }
      entry.mapping = completeMapping(partial);
      await this.plan(em, entry, now);
      await em.save(entry);
    });
    return this.detail(id);
  }

  /** The municipality's imports, newest first. */
  async list(): Promise<HrImportResponse[]> {
    const entries = await this.db.transaction((em) =>
      em.find(HrImport, { select: LIGHT_COLUMNS, order: { createdAt: 'DESC' }, take: 50 }),
    );
    return entries.map(toResponse);
  }

  async detail(id: string): Promise<HrImportDetailResponse> {
    return this.db.transaction(async (em) => {
      const entry = await this.find(em, id);
      const previous = await em
        .createQueryBuilder(HrImport, 'i')
        .select('max(i.applied_at)', 'appliedAt')
        .where('i.file_sha256 = :sha AND i.status = :applied AND i.id <> :id', {
          sha: entry.fileSha256,
          applied: 'applied',
          id,
        })
        .getRawOne<{ appliedAt: Date | null }>();
      return {
        ...toResponse(entry),
        headers: entry.headers,
        mapping: entry.mapping,
        mappingProblems: mappingProblems(entry.mapping, entry.headers),
        sameFileAppliedAt: previous?.appliedAt ? new Date(previous.appliedAt).toISOString() : null,
      };
    });
  }

  /** A page of the dry run's changes, in file order (leavers last), of one kind or all. */
  async changes(id: string, kind: string | undefined, limit: number, offset: number): Promise<ChangesPageResponse> {
    return this.db.transaction(async (em) => {
      await this.find(em, id);
      const [{ total }]: { total: number }[] = await em.query(
        `SELECT count(*)::int AS total FROM hr_import i, jsonb_array_elements(i.changes) c
          WHERE i.id = $1 AND ($2::text IS NULL OR c->>'kind' = $2)`,
        [id, kind ?? null],
      );
      const rows: { change: HrImportDetailResponse }[] = await em.query(
        `SELECT c AS change FROM hr_import i, jsonb_array_elements(i.changes) WITH ORDINALITY AS e(c, n)
          WHERE i.id = $1 AND ($2::text IS NULL OR c->>'kind' = $2)
          ORDER BY e.n LIMIT $3 OFFSET $4`,
        [id, kind ?? null, limit, offset],
      );
      return { items: rows.map((row) => row.change) as unknown as ChangesPageResponse['items'], total };
    });
  }

  /** The remembered mapping, for the upload page to say what the next file will be read by. */
  async remembered(): Promise<ColumnMapping | null> {
    const row = await this.db.transaction((em) => em.findOneBy(HrImportMapping, {}));
    return row?.mapping ?? null;
  }

  async find(em: EntityManager, id: string, options: { lock?: boolean; full?: boolean } = {}): Promise<HrImport> {
    const entry = await em.findOne(HrImport, {
      where: { id },
      ...(options.full ? {} : { select: LIGHT_COLUMNS }),
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!entry) throw DomainError.notFound(ProblemCode.ImportNotFound, `No HR import with id ${id}.`);
    return entry;
  }

  /** The dry run: the plan for the entry's rows and mapping, against the staff as they are now. */
  private async plan(em: EntityManager, entry: HrImport, now: Date): Promise<void> {
    entry.plannedOn = calendarDateAt(now);
    entry.failure = null;
    entry.progressDone = 0;
    entry.progressTotal = 0;
    if (mappingProblems(entry.mapping, entry.headers).length > 0 || entry.cells === null) {
      entry.status = 'unmapped';
      entry.summary = null;
      entry.changes = [];
      entry.planSha256 = null;
      return;
    }
    const plan = await planFile(em, entry.headers, unpackRows(entry.cells), entry.mapping, entry.plannedOn);
    entry.status = 'planned';
    entry.summary = plan.summary;
    entry.changes = plan.changes;
    entry.planSha256 = plan.sha256;
  }
}

export function toResponse(entry: HrImport): HrImportResponse {
  return {
    id: entry.id,
    fileName: entry.fileName,
    format: entry.format,
    status: entry.status,
    summary: entry.summary,
    progress: { done: entry.progressDone, total: entry.progressTotal },
    failure: entry.failure,
    plannedOn: entry.plannedOn,
    createdAt: entry.createdAt.toISOString(),
    appliedAt: entry.appliedAt ? entry.appliedAt.toISOString() : null,
  };
}
