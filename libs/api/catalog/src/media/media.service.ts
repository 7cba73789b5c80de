import { mediaStorageKey } from './media-key';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { FILE_STORAGE, FileStorage, receiveUpload, tooLarge, UPLOAD_LIMITS, UploadLimits } from '@larnav/api/storage';
import { ProblemCode } from '@larnav/contracts';
import { ModuleService } from '../authoring/module.service';
import { MediaFile, MediaKind } from '../entities/media-file.entity';
import { MediaResponse } from './media.dto';

export interface MediaUpload {
  kind: MediaKind;
  fileName: string;
  body: Readable;
  /** Content-Length, when the client sent one. */
  declaredBytes?: number;
}

/**
 * A module's files. An upload streams straight to storage, checked on the way by its content
 * and size; the media row is written only once the bytes are safely stored, and if that write
 * fails the stored object is removed, so storage and database never disagree for long.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly modules: ModuleService,
    private readonly audit: AuditLog,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits,
  ) {}

  async upload(moduleId: string, upload: MediaUpload, actor: Actor): Promise<MediaResponse> {
    // Checked before a byte is read; no transaction is held open while the file streams.
    await this.db.transaction((em) => this.modules.module(em, moduleId));
    // The kind is known from the query, so a declared size over its limit is refused at once.
    if ((upload.declaredBytes ?? 0) > this.limits[upload.kind]) throw tooLarge(upload.kind, this.limits[upload.kind]);
    const tenantId = this.db.tenantId();
    const id = randomUUID();
    const key = mediaStorageKey(tenantId, id);
    const received = await receiveUpload(upload.body, {
      storage: this.storage,
      key,
      accept: [upload.kind],
      limits: this.limits,
      declaredBytes: upload.declaredBytes,
    });
    try {
      const media = await this.db.transaction(async (em) => {
        await em.insert(MediaFile, {
          id,
          tenantId,
          moduleId,
          kind: received.kind,
          contentType: received.mediaType,
          sizeBytes: String(received.size),
          sha256: received.sha256,
          storageKey: key,
          fileName: upload.fileName.trim(),
          createdBy: actor.personId,
        });
        await this.audit.record({
          action: 'media-uploaded',
          actor,
          target: { type: 'module', id: moduleId },
          details: { mediaId: id, kind: received.kind, sizeBytes: received.size },
        });
        return em.findOneByOrFail(MediaFile, { id });
      });
      return toResponse(media);
    } catch (error) {
      await this.storage.delete(key).catch((cleanup) => this.logger.error(cleanup, `Left behind ${key}`));
      throw error;
    }
  }

  /** The module's files, newest first; only this municipality's own modules. */
  list(moduleId: string): Promise<MediaResponse[]> {
    return this.db.transaction(async (em) => {
      await this.modules.module(em, moduleId);
      const media = await em.find(MediaFile, { where: { moduleId }, order: { createdAt: 'DESC', id: 'ASC' } });
      return media.map(toResponse);
    });
  }
}

export function toResponse(media: MediaFile): MediaResponse {
  return {
    id: media.id,
    kind: media.kind,
    contentType: media.contentType,
    sizeBytes: Number(media.sizeBytes),
    fileName: media.fileName,
    url: `/api/catalog/modules/${media.moduleId}/media/${media.id}`,
    createdAt: media.createdAt.toISOString(),
  };
}

export function mediaNotFound(mediaId: string): DomainError {
  return DomainError.notFound(ProblemCode.MediaNotFound, `The module has no file with id ${mediaId}.`);
}
