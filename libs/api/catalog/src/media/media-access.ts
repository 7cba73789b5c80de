import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { Permission } from '@larnav/contracts';
import { MediaFile } from '../entities/media-file.entity';
import { mediaNotFound } from './media.service';

/**
 * Who may see a module's file. Today: the owning municipality's authors, and other
 * municipalities' authors when a published (or retired) version of a module shared with the
 * region uses the file; row-level security decides the second through the `shared-modules`
 * crossing. Learners assigned the module come with the learning area, here.
 *
 * Anything else is "not found", never "forbidden": a guessed URL learns nothing, not even that
 * the file exists. The module in the URL must be the file's own.
 */
@Injectable()
export class MediaAccess {
  constructor(private readonly db: TenantDb) {}

  async servable(moduleId: string, mediaId: string, actor: Actor): Promise<MediaFile> {
    if (actor.permissions.has(Permission.CatalogAuthor)) {
      const own = await this.db.transaction((em) => em.findOneBy(MediaFile, { id: mediaId, moduleId }));
      if (own) return own;
      const shared = await this.db.crossTenants('shared-modules', (em) =>
        em.findOneBy(MediaFile, { id: mediaId, moduleId }),
      );
      if (shared) return shared;
    }
    throw mediaNotFound(mediaId);
  }
}
