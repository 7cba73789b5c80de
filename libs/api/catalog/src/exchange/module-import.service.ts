import { mediaStorageKey } from '../media/media-key';
import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { FILE_STORAGE, FileStorage, receiveUpload, UPLOAD_LIMITS, UploadLimits } from '@larnav/api/storage';
import { ProblemCode } from '@larnav/contracts';
import { Lesson, ModuleSharing, VersionStatus } from '@larnav/shared/catalog';
import { normalizeTags, writeLessons } from '../authoring/module.service';
import { CATALOG_OPTIONS, CatalogOptions } from '../catalog.options';
import { MediaFile } from '../entities/media-file.entity';
import { ModuleVersion } from '../entities/module-version.entity';
import { TrainingModule } from '../entities/training-module.entity';
import { checkArchive, CheckedArchive } from './archive-check';
import { ArchiveProblems } from './archive-problems';
import { ArchiveEntries, entryStream, openArchive } from './archive-reader';

/**
 * A module archive made into a new module of this municipality, with its first draft, all or
 * nothing: every problem is found before anything is written; the rows go in one transaction,
 * and files already stored are deleted again if anything after them fails.
 */
@Injectable()
export class ModuleImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits,
    @Inject(CATALOG_OPTIONS) private readonly options: CatalogOptions,
  ) {}

  /** The new module's id. */
  async import(path: string, actor: Actor): Promise<string> {
    const problems = new ArchiveProblems();
    // A bomb is refused by what it declares; what it declares is enforced while reading.
    const archive = await openArchive(path, this.options.importMaxBytes * 2, problems);
    try {
      const checked =
        archive &&
        (await checkArchive(archive, { videoHosts: this.options.videoHosts, uploadLimits: this.limits }, problems));
      if (!archive || !checked) {
        const count = problems.list.length;
        throw new DomainError(
          HttpStatus.UNPROCESSABLE_ENTITY,
          ProblemCode.ArchiveInvalid,
          `The archive cannot be imported: ${count} ${count === 1 ? 'problem' : 'problems'}, listed in errors. Nothing was imported.`,
          problems.list,
        );
      }
      return await this.write(archive, checked, actor);
    } finally {
      archive?.zip.close();
    }
  }

  private async write(archive: ArchiveEntries, checked: CheckedArchive, actor: Actor): Promise<string> {
    const tenantId = this.db.tenantId();
    const moduleId = randomUUID();
    // New ids: the archive's belong to another installation, and the same archive may be imported twice.
    const newIds = new Map(checked.media.map((media) => [media.listed.id, randomUUID()]));
    const stored: string[] = [];
    try {
      const rows: Partial<MediaFile>[] = [];
      for (const media of checked.media) {
        const id = newIds.get(media.listed.id) as string;
        const key = mediaStorageKey(tenantId, id);
        stored.push(key);
        const received = await receiveUpload(await entryStream(archive, media.entry), {
          storage: this.storage,
          key,
          accept: [media.listed.kind],
          limits: this.limits,
        });
        if (received.sha256 !== media.listed.sha256) throw new Error(`${key} changed while it was imported`);
        rows.push({
          id,
          tenantId,
          moduleId,
          kind: received.kind,
          contentType: received.mediaType,
          sizeBytes: String(received.size),
          sha256: received.sha256,
          storageKey: key,
          fileName: media.listed.fileName,
          createdBy: actor.personId,
        });
      }
      const { manifest } = checked;
      const remap = (id: string | null | undefined) => (id ? (newIds.get(id) ?? id) : id);
      const lessons: Lesson[] = manifest.lessons.map((lesson) => ({
        ...lesson,
        blocks: lesson.blocks.map((block) =>
          'mediaId' in block && block.mediaId ? { ...block, mediaId: remap(block.mediaId) as string } : block,
        ),
      }));
      await this.db.transaction(async (em) => {
        await em.insert(TrainingModule, {
          id: moduleId,
          tenantId,
          ownerId: actor.personId,
          tags: normalizeTags(manifest.module.tags),
          sharing: ModuleSharing.Private,
          copiedFromVersionId: null,
        });
        const draft = await em.save(
          em.create(ModuleVersion, {
            tenantId,
            moduleId,
            number: 1,
            status: VersionStatus.Draft,
            title: manifest.module.title,
            summary: manifest.module.summary,
            language: manifest.module.language,
            estimatedMinutes: manifest.module.estimatedMinutes,
            coverMediaId: remap(manifest.module.coverMediaId) ?? null,
            updatedBy: actor.personId,
          }),
        );
        if (rows.length) await em.insert(MediaFile, rows);
        await writeLessons(em, draft, lessons);
        await this.audit.record({
          action: 'module-imported',
          actor,
          target: { type: 'module', id: moduleId },
          details: { from: manifest.source, media: rows.length },
        });
      });
      return moduleId;
    } catch (error) {
      await Promise.allSettled(stored.map((key) => this.storage.delete(key)));
      throw error;
    }
  }
}
