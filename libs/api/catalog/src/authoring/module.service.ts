import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { ModuleSharing, VersionStatus } from '@larnav/shared/catalog';
import { CatalogQueries, moduleNotFound } from '../catalog.queries';
import { CreateModuleDto, UpdateModuleDto } from '../dto/module.dto';
import { Lesson } from '../entities/lesson.entity';
import { ModuleVersion } from '../entities/module-version.entity';
import { TrainingModule } from '../entities/training-module.entity';

/** Modules as lasting things: made, tagged, owned, shared with the region, copied from it. */
@Injectable()
export class ModuleService {
  constructor(
    private readonly db: TenantDb,
    private readonly queries: CatalogQueries,
    private readonly audit: AuditLog,
  ) {}

  /** A new module and its first draft, in one transaction. */
  create(input: CreateModuleDto, actor: Actor): Promise<TrainingModule> {
    return this.db.transaction(async (em) => {
      const module = await em.save(
        em.create(TrainingModule, {
          tenantId: this.db.tenantId(),
          ownerId: actor.personId,
          tags: normalizeTags(input.tags ?? []),
          sharing: ModuleSharing.Private,
          copiedFromVersionId: null,
        }),
      );
      await em.save(
        em.create(ModuleVersion, {
          tenantId: module.tenantId,
          moduleId: module.id,
          number: 1,
          status: VersionStatus.Draft,
          title: input.title.trim(),
          summary: input.summary?.trim() ?? '',
          titleEn: input.titleEn?.trim() ?? null,
          summaryEn: input.summaryEn?.trim() || null,
          language: input.language,
          estimatedMinutes: input.estimatedMinutes,
          coverMediaId: null,
          updatedBy: actor.personId,
        }),
      );
      await this.audit.record({ action: 'module-created', actor, target: { type: 'module', id: module.id } });
      return module;
    });
  }

  update(moduleId: string, input: UpdateModuleDto): Promise<void> {
    return this.db.transaction(async (em) => {
      const module = await this.module(em, moduleId);
      if (input.tags) module.tags = normalizeTags(input.tags);
      if (input.ownerId) {
        const [owner] = await em.query(`SELECT 1 FROM person WHERE id = $1`, [input.ownerId]);
        if (!owner) throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${input.ownerId}.`);
        module.ownerId = input.ownerId;
      }
      await em.save(module);
    });
  }

  setSharing(moduleId: string, sharing: ModuleSharing, actor: Actor): Promise<void> {
    return this.db.transaction(async (em) => {
      const module = await this.module(em, moduleId);
      if (module.sharing === sharing) return;
      module.sharing = sharing;
      await em.save(module);
      await this.audit.record({
        action: sharing === ModuleSharing.Region ? 'module-shared' : 'module-unshared',
        actor,
        target: { type: 'module', id: moduleId },
      });
    });
  }

  /**
   * A module the region shares, copied into this municipality as a new module with a draft of
   * its published content, to adapt. Media stay with the original for now: see the README.
   */
  async copyShared(moduleId: string, actor: Actor): Promise<TrainingModule> {
    const source = await this.queries.detail(moduleId);
    const published = source.versions.find((v) => v.status === VersionStatus.Published);
    if (source.editable || !published) {
      throw DomainError.unprocessable(
        ProblemCode.ModuleNotShared,
        'Only a published module another municipality shares with the region can be copied.',
      );
    }
    const content = await this.queries.version(moduleId, published.id);
    const lessonsWithoutMedia = content.lessons.map((lesson) => ({
      ...lesson,
      blocks: lesson.blocks.filter((block) => !('mediaId' in block && block.mediaId)),
    }));
    return this.db.transaction(async (em) => {
      const module = await em.save(
        em.create(TrainingModule, {
          tenantId: this.db.tenantId(),
          ownerId: actor.personId,
          tags: source.tags,
          sharing: ModuleSharing.Private,
          copiedFromVersionId: published.id,
        }),
      );
      const draft = await em.save(
        em.create(ModuleVersion, {
          tenantId: module.tenantId,
          moduleId: module.id,
          number: 1,
          status: VersionStatus.Draft,
          title: content.title,
          summary: content.summary,
          titleEn: content.titleEn,
          summaryEn: content.summaryEn,
          language: content.language,
          estimatedMinutes: content.estimatedMinutes,
          coverMediaId: null,
          completionRequirement: content.completionRequirement,
          partOrder: content.partOrder,
          updatedBy: actor.personId,
        }),
      );
      await writeLessons(em, draft, lessonsWithoutMedia);
      await this.audit.record({
        action: 'module-copied',
        actor,
        target: { type: 'module', id: module.id },
        details: { fromModuleId: moduleId, fromVersionId: published.id, municipality: source.municipality },
      });
      return module;
    });
  }

  async module(em: EntityManager, moduleId: string): Promise<TrainingModule> {
    const module = await em.findOneBy(TrainingModule, { id: moduleId });
    if (!module) throw moduleNotFound(moduleId);
    return module;
  }
}

/** Replaces a draft's lessons with `lessons`, in their order. */
export async function writeLessons(
  em: EntityManager,
  version: ModuleVersion,
  lessons: { id: string; title: string; blocks: Lesson['blocks'] }[],
): Promise<void> {
  await em.delete(Lesson, { versionId: version.id });
  if (lessons.length === 0) return;
  const rows: Lesson[] = lessons.map((lesson, position) => ({
    versionId: version.id,
    id: lesson.id,
    tenantId: version.tenantId,
    position,
    title: lesson.title.trim(),
    blocks: lesson.blocks,
  }));
  // One multi-row INSERT; TypeORM's deep-partial type cannot follow the jsonb union of blocks.
  await em.insert(Lesson, rows as Parameters<EntityManager['insert']>[1]);
}

export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))].sort();
}
