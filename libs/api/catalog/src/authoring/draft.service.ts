import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import {
  CompletionRequirement,
  Lesson as LessonContent,
  mediaIdsOf,
  PartOrder,
  VersionStatus,
} from '@larnav/shared/catalog';
import { CATALOG_OPTIONS, CatalogOptions, isAllowedVideoHost } from '../catalog.options';
import { CatalogQueries } from '../catalog.queries';
import { PublishDto, SaveDraftDto } from '../dto/version.dto';
import { MediaFile } from '../entities/media-file.entity';
import { ModuleVersion } from '../entities/module-version.entity';
import { VersionMedia } from '../entities/version-media.entity';
import { ModuleService, writeLessons } from './module.service';
import { versionChanges } from './version-changes';

/**
 * Editing and publishing. A module has at most one draft, which any trainer of the municipality
 * may edit; every save names the revision it started from, so two trainers never silently
 * overwrite each other. Publishing freezes the draft as the version learners now take.
 */
@Injectable()
export class DraftService {
  constructor(
    private readonly db: TenantDb,
    private readonly modules: ModuleService,
    private readonly queries: CatalogQueries,
    private readonly audit: AuditLog,
    @Inject(CATALOG_OPTIONS) private readonly options: CatalogOptions,
  ) {}

  /** The module's draft: the one being edited, or a new one from the published version. */
  open(moduleId: string, actor: Actor): Promise<ModuleVersion> {
    return this.db.transaction(async (em) => {
      await this.modules.module(em, moduleId);
      const existing = await em.findOneBy(ModuleVersion, { moduleId, status: VersionStatus.Draft });
      if (existing) return existing;
      const latest = await em.findOne(ModuleVersion, { where: { moduleId }, order: { number: 'DESC' } });
      if (!latest) throw new Error(`Module ${moduleId} has no version at all`);
      const draft = await em.save(
        em.create(ModuleVersion, {
          tenantId: latest.tenantId,
          moduleId,
          number: latest.number + 1,
          status: VersionStatus.Draft,
          title: latest.title,
          summary: latest.summary,
          titleEn: latest.titleEn,
          summaryEn: latest.summaryEn,
          language: latest.language,
          estimatedMinutes: latest.estimatedMinutes,
          coverMediaId: latest.coverMediaId,
          completionRequirement: latest.completionRequirement,
          partOrder: latest.partOrder,
          updatedBy: actor.personId,
        }),
      );
      const content = await this.queries.versionIn(em, moduleId, latest.id);
      await writeLessons(em, draft, content?.lessons ?? []);
      return draft;
    });
  }

  save(moduleId: string, input: SaveDraftDto, actor: Actor): Promise<ModuleVersion> {
    return this.db.transaction(async (em) => {
      const draft = await this.draftFor(em, moduleId, input.revision);
      await this.checkMedia(em, moduleId, input.lessons, input.coverMediaId ?? null);
      draft.title = input.title.trim();
      draft.summary = input.summary?.trim() ?? '';
      draft.titleEn = input.titleEn?.trim() ?? null;
      draft.summaryEn = input.summaryEn?.trim() || null;
      draft.language = input.language;
      draft.estimatedMinutes = input.estimatedMinutes;
      draft.coverMediaId = input.coverMediaId ?? null;
      draft.completionRequirement = input.completionRequirement ?? draft.completionRequirement;
      // An order only belongs to both parts; any other requirement has none.
      draft.partOrder =
        draft.completionRequirement === CompletionRequirement.Both
          ? (input.partOrder ?? draft.partOrder)
          : PartOrder.Any;
      draft.revision += 1;
      draft.updatedBy = actor.personId;
      await em.save(draft);
      await writeLessons(em, draft, input.lessons);
      return draft;
    });
  }

  discard(moduleId: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const draft = await this.draftFor(em, moduleId);
      const versions = await em.countBy(ModuleVersion, { moduleId });
      if (versions === 1) {
        throw DomainError.unprocessable(ProblemCode.NoDraft, 'The first draft of a module cannot be thrown away.');
      }
      await em.delete(ModuleVersion, { id: draft.id });
    });
  }

  publish(moduleId: string, input: PublishDto, actor: Actor): Promise<ModuleVersion> {
    return this.db.transaction(async (em) => {
      const draft = await this.draftFor(em, moduleId, input.revision);
      const content = await this.queries.versionIn(em, moduleId, draft.id);
      const lessons = content?.lessons ?? [];
      if (lessons.length === 0) {
        throw DomainError.unprocessable(
          ProblemCode.ValidationFailed,
          'A module needs at least one lesson to be published.',
        );
      }
      const previous = await em.findOneBy(ModuleVersion, { moduleId, status: VersionStatus.Published });
      const before = previous ? await this.queries.versionIn(em, moduleId, previous.id) : null;
      if (previous) {
        // Learners who started it finish it; nobody new starts it.
        await em.update(ModuleVersion, { id: previous.id }, { status: VersionStatus.Retired });
      }
      const media = mediaIdsOf(lessons).concat(draft.coverMediaId ? [draft.coverMediaId] : []);
      if (media.length > 0) {
        await em.insert(
          VersionMedia,
          [...new Set(media)].map((mediaId) => ({ versionId: draft.id, mediaId, tenantId: draft.tenantId })),
        );
      }
      draft.status = VersionStatus.Published;
      draft.changeNote = input.changeNote.trim();
      draft.significance = input.significance;
      draft.changes = versionChanges(before, { title: draft.title, lessons });
      draft.publishedAt = new Date();
      draft.publishedBy = actor.personId;
      await em.save(draft);
      await this.audit.record({
        action: 'module-published',
        actor,
        target: { type: 'module', id: moduleId },
        details: { version: draft.number, significance: input.significance },
      });
      return draft;
    });
  }

  private async draftFor(em: EntityManager, moduleId: string, revision?: number): Promise<ModuleVersion> {
    await this.modules.module(em, moduleId);
    // FOR UPDATE: two saves of one draft queue up, and the second sees the first's revision.
    const draft = await em.findOne(ModuleVersion, {
      where: { moduleId, status: VersionStatus.Draft },
      lock: { mode: 'pessimistic_write' },
    });
    if (!draft) throw DomainError.unprocessable(ProblemCode.NoDraft, 'The module has no draft: open one to edit it.');
    if (revision !== undefined && draft.revision !== revision) {
      throw new DomainError(
        409,
        ProblemCode.DraftChangedElsewhere,
        `Someone else saved this draft (revision ${draft.revision}) after you opened revision ${revision}. ` +
          'Reload it to see their changes, then make yours again.',
      );
    }
    return draft;
  }

  private async checkMedia(
    em: EntityManager,
    moduleId: string,
    lessons: LessonContent[],
    coverMediaId: string | null,
  ): Promise<void> {
    for (const lesson of lessons) {
      for (const block of lesson.blocks) {
        if (block.type === 'video' && block.url && !isAllowedVideoHost(block.url, this.options.videoHosts)) {
          throw DomainError.unprocessable(
            ProblemCode.VideoHostNotAllowed,
            `Videos may link only to ${this.options.videoHosts.join(', ')}; "${new URL(block.url).hostname}" is not one of them.`,
          );
        }
      }
    }
    const wanted = [...new Set([...mediaIdsOf(lessons), ...(coverMediaId ? [coverMediaId] : [])])];
    if (wanted.length === 0) return;
    const found = await em
      .createQueryBuilder(MediaFile, 'm')
      .select('m.id', 'id')
      .where('m.id IN (:...wanted) AND m.module_id = :moduleId', { wanted, moduleId })
      .getRawMany<{ id: string }>();
    const missing = wanted.filter((id) => !found.some((f) => f.id === id));
    if (missing.length > 0) {
      throw DomainError.unprocessable(
        ProblemCode.MediaNotFound,
        `The module has no uploaded file ${missing.join(', ')}.`,
      );
    }
  }
}
