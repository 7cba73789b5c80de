import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import type { CompletionRequirement, Lesson as LessonContent, PartOrder } from '@larnav/shared/catalog';
import { ModuleDetailResponse, ModuleSummaryResponse, VersionSummaryResponse } from './dto/module.dto';
import { VersionContentResponse } from './dto/version.dto';

/**
 * One row per module: its newest version's title (the draft's, if a trainer is editing), the
 * number learners take now, and the latest change anywhere in it.
 */
const SUMMARIES = `
  SELECT m.id, latest.title, latest.title_en AS "titleEn", latest.language, published.number AS "publishedNumber",
         EXISTS (SELECT 1 FROM module_version d WHERE d.module_id = m.id AND d.status = 'draft') AS "hasDraft",
         m.owner_id AS "ownerId", owner.name AS "ownerName", m.sharing, m.tags,
         greatest(m.updated_at, latest.updated_at) AS "updatedAt", t.name AS municipality
    FROM training_module m
    JOIN tenant t ON t.id = m.tenant_id
    JOIN LATERAL (SELECT v.title, v.title_en, v.language, v.updated_at FROM module_version v
                   WHERE v.module_id = m.id ORDER BY v.number DESC LIMIT 1) latest ON true
    LEFT JOIN LATERAL (SELECT v.number FROM module_version v
                        WHERE v.module_id = m.id AND v.status = 'published' LIMIT 1) published ON true
    LEFT JOIN person owner ON owner.id = m.owner_id`;

const VERSION_SUMMARIES = `
  SELECT v.id, v.number, v.status, v.title, v.change_note AS "changeNote", v.significance, v.changes,
         v.published_at AS "publishedAt", p.name AS "publishedByName", v.updated_at AS "updatedAt", v.revision,
         v.completion_requirement AS "completionRequirement", v.part_order AS "partOrder"
    FROM module_version v LEFT JOIN person p ON p.id = v.published_by
   WHERE v.module_id = $1 ORDER BY v.number DESC`;

/** What learners see of a module: its published version's front matter. */
export interface PublishedModule {
  id: string;
  versionId: string;
  versionNumber: number;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  estimatedMinutes: number;
  language: string;
  tags: string[];
  municipality: string;
  completionRequirement: CompletionRequirement;
  partOrder: PartOrder;
}

export interface PublishedVersion {
  version_id: string;
  module_id: string;
  number: number;
  significant: boolean;
  published_on: string;
}

const PUBLISHED = `
  SELECT m.id, v.id AS "versionId", v.number AS "versionNumber", v.title, v.title_en AS "titleEn", v.summary,
         v.summary_en AS "summaryEn", v.estimated_minutes AS "estimatedMinutes", v.language, m.tags, t.name AS municipality,
         v.completion_requirement AS "completionRequirement", v.part_order AS "partOrder"
    FROM training_module m
    JOIN tenant t ON t.id = m.tenant_id
    JOIN module_version v ON v.module_id = m.id AND v.status = 'published'`;

/** Read side of the catalog: lists, details and version content, for this municipality or the region's shared modules. */
@Injectable()
export class CatalogQueries {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<ModuleSummaryResponse[]> {
    return this.db.transaction((em) => em.query(`${SUMMARIES} ORDER BY "updatedAt" DESC`));
  }

  /** Other municipalities' modules shared with the region: their published content only. */
  sharedByOthers(): Promise<ModuleSummaryResponse[]> {
    const own = this.db.tenantId();
    return this.db.crossTenants('shared-modules', (em) =>
      em.query(`${SUMMARIES} WHERE m.tenant_id <> $1 ORDER BY latest.title`, [own]),
    );
  }

  /** Every module a learner here may take: this municipality's published ones and the region's shared ones. */
  async published(): Promise<PublishedModule[]> {
    const own = this.db.tenantId();
    const [mine, shared] = await Promise.all([
      this.db.transaction((em) => em.query(PUBLISHED)),
      this.db.crossTenants('shared-modules', (em) => em.query(`${PUBLISHED} WHERE m.tenant_id <> $1`, [own])),
    ]);
    return [...mine, ...shared];
  }

  /**
   * Every non-draft version of these modules, this municipality's and the region's shared ones:
   * what the assignment engine needs to tell whether a significant version asks for a redo.
   */
  async versionsOf(moduleIds: string[]): Promise<PublishedVersion[]> {
    if (moduleIds.length === 0) return [];
    const sql = `SELECT id AS version_id, module_id, number, significance = 'significant' AS significant,
                        (published_at AT TIME ZONE 'Europe/Stockholm')::date::text AS published_on
                   FROM module_version WHERE module_id = ANY($1::uuid[]) AND status <> 'draft'`;
    const [own, shared] = await Promise.all([
      this.db.transaction((em) => em.query(sql, [moduleIds])),
      this.db.crossTenants('shared-modules', (em) => em.query(sql, [moduleIds])),
    ]);
    const seen = new Set<string>();
    return [...own, ...shared].filter((v: PublishedVersion) => !seen.has(v.version_id) && seen.add(v.version_id));
  }

  /** This municipality's module, or failing that one the region shares (read-only). */
  async detail(moduleId: string): Promise<ModuleDetailResponse> {
    const own = await this.db.transaction((em) => this.detailIn(em, moduleId, true));
    if (own) return own;
    const shared = await this.db.crossTenants('shared-modules', (em) => this.detailIn(em, moduleId, false));
    if (!shared) throw moduleNotFound(moduleId);
    return shared;
  }

  async version(moduleId: string, versionId: string): Promise<VersionContentResponse> {
    const own = await this.db.transaction((em) => this.versionIn(em, moduleId, versionId));
    const found =
      own ?? (await this.db.crossTenants('shared-modules', (em) => this.versionIn(em, moduleId, versionId)));
    if (!found) {
      throw DomainError.notFound(ProblemCode.ModuleVersionNotFound, `The module has no version with id ${versionId}.`);
    }
    return found;
  }

  async versionIn(em: EntityManager, moduleId: string, versionId: string): Promise<VersionContentResponse | null> {
    const [version] = await em.query(
      `SELECT id, module_id AS "moduleId", number, status, title, summary, title_en AS "titleEn", summary_en AS "summaryEn", language,
              estimated_minutes AS "estimatedMinutes", cover_media_id AS "coverMediaId", revision, updated_at AS "updatedAt",
              completion_requirement AS "completionRequirement", part_order AS "partOrder"
         FROM module_version WHERE id = $1 AND module_id = $2`,
      [versionId, moduleId],
    );
    if (!version) return null;
    const lessons: { id: string; title: string; blocks: LessonContent['blocks'] }[] = await em.query(
      `SELECT id, title, blocks FROM lesson WHERE version_id = $1 ORDER BY position`,
      [versionId],
    );
    return { ...version, lessons };
  }

  private async detailIn(em: EntityManager, moduleId: string, editable: boolean): Promise<ModuleDetailResponse | null> {
    const [summary]: ModuleSummaryResponse[] = await em.query(`${SUMMARIES} WHERE m.id = $1`, [moduleId]);
    if (!summary) return null;
    const versions: VersionSummaryResponse[] = await em.query(VERSION_SUMMARIES, [moduleId]);
    return { ...summary, editable, versions };
  }
}

export function moduleNotFound(moduleId: string): DomainError {
  return DomainError.notFound(ProblemCode.ModuleNotFound, `No module with id ${moduleId}.`);
}
