import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { FILE_STORAGE, FileStorage } from '@larnav/api/storage';
import { ProblemCode } from '@larnav/contracts';
import { mediaIdsOf, VersionStatus } from '@larnav/shared/catalog';
import { CatalogQueries, moduleNotFound } from '../catalog.queries';
import { MediaFile } from '../entities/media-file.entity';
import { ModuleVersion } from '../entities/module-version.entity';
import { TrainingModule } from '../entities/training-module.entity';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ArchiveManifest,
  ArchiveMedia,
  MEDIA_JSON,
  mediaEntryName,
  MODULE_JSON,
} from './archive-format';

export interface ModuleArchive {
  fileName: string;
  stream: Readable;
}

/**
 * A version of one of this municipality's modules as a module archive, streamed: the JSON is
 * made in memory, each media file is read from storage only when the ZIP reaches it.
 */
@Injectable()
export class ModuleExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly queries: CatalogQueries,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async export(moduleId: string, versionId?: string): Promise<ModuleArchive> {
    const { manifest, media } = await this.db.transaction(async (em) => {
      const module = await em.findOneBy(TrainingModule, { id: moduleId });
      if (!module) throw moduleNotFound(moduleId);
      const version = versionId
        ? await em.findOneBy(ModuleVersion, { id: versionId, moduleId })
        : await em
            .createQueryBuilder(ModuleVersion, 'v')
            .where('v.module_id = :moduleId', { moduleId })
            // The published version when there is one, else the draft, else the newest.
            .orderBy(
              `CASE v.status WHEN '${VersionStatus.Published}' THEN 0 WHEN '${VersionStatus.Draft}' THEN 1 ELSE 2 END`,
            )
            .addOrderBy('v.number', 'DESC')
            .getOne();
      if (!version) {
        throw DomainError.notFound(
          ProblemCode.ModuleVersionNotFound,
          `The module has no version with id ${versionId}.`,
        );
      }
      const content = await this.queries.versionIn(em, moduleId, version.id);
      const lessons = content?.lessons ?? [];
      const [tenant] = await em.query(`SELECT name FROM tenant WHERE id = $1`, [module.tenantId]);
      const wanted = [...new Set([...mediaIdsOf(lessons), ...(version.coverMediaId ? [version.coverMediaId] : [])])];
      const rows = wanted.length ? await em.createQueryBuilder(MediaFile, 'm').whereInIds(wanted).getMany() : [];
      const missing = wanted.filter((id) => !rows.some((row) => row.id === id));
      if (missing.length) {
        throw DomainError.unprocessable(
          ProblemCode.MediaNotFound,
          `The version uses files that are gone: ${missing.join(', ')}.`,
        );
      }
      const manifest: ArchiveManifest = {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        source: { municipality: tenant?.name ?? '', moduleId, versionNumber: version.number },
        module: {
          title: version.title,
          summary: version.summary,
          language: version.language,
          estimatedMinutes: version.estimatedMinutes,
          tags: module.tags,
          coverMediaId: version.coverMediaId,
        },
        lessons,
      };
      return { manifest, media: rows };
    });
    // Found missing now, the request can still be answered properly; mid-stream it could only break off.
    for (const row of media) {
      if (!(await this.storage.exists(row.storageKey))) {
        throw DomainError.unprocessable(
          ProblemCode.MediaNotFound,
          `The file ${row.fileName} (${row.id}) is not in storage.`,
        );
      }
    }
    return { fileName: archiveFileName(manifest.module.title), stream: this.zip(manifest, media) };
  }

  private zip(manifest: ArchiveManifest, media: MediaFile[]): Readable {
    const zip = new ZipFile();
    const output = zip.outputStream as Readable;
    // A file that cannot be read mid-way ends the download broken rather than the process.
    zip.on('error', (error: Error) => output.destroy(error));
    const mtime = new Date(manifest.exportedAt);
    const listed: ArchiveMedia[] = media.map((row) => ({
      id: row.id,
      kind: row.kind,
      fileName: row.fileName,
      contentType: row.contentType,
      sizeBytes: Number(row.sizeBytes),
      sha256: row.sha256,
    }));
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MODULE_JSON, { mtime });
    zip.addBuffer(Buffer.from(JSON.stringify(listed, null, 2)), MEDIA_JSON, { mtime });
    for (const row of media) {
      // Videos and images are compressed already: stored as they are, which also keeps the CPU free.
      zip.addReadStreamLazy(mediaEntryName(row), { compress: false, mtime, size: Number(row.sizeBytes) }, (done) =>
        this.storage.read(row.storageKey).then(
          (stream) => done(null, stream),
          (error) => done(error, undefined as unknown as Readable),
        ),
      );
    }
    zip.end();
    return output;
  }
}

/** `Företagarperspektiv i tillsyn` → `Foretagarperspektiv-i-tillsyn.zip`; the UTF-8 name goes beside it. */
export function archiveFileName(title: string): string {
  const base = title
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'modul'}.zip`;
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+(?=\.zip$)/g, '');
  return `attachment; filename="${ascii || 'modul.zip'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
