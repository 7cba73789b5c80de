import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { Permission } from '@larnav/contracts';
import { MediaFile } from '../entities/media-file.entity';
import { mediaNotFound } from './media.service';

/**
 * Who may see a module's file:
 * - this municipality's authors, any file of its own modules (drafts included);
 * - anyone signed in here, a file that a published (or retired) version of one of its own
 *   modules uses: a learner may take that version, or still be finishing a retired one;
 * - anyone signed in, a file a published (or retired) version of a module shared with the
 *   region uses; row-level security decides that through the `shared-modules` crossing.
 *
 * Anything else is "not found", never "forbidden": a guessed URL learns nothing, not even that
 * the file exists. The module in the URL must be the file's own.
 */
@Injectable()
export class MediaAccess {
  constructor(private readonly db: TenantDb) {}

  async servable(moduleId: string, mediaId: string, actor: Actor): Promise<MediaFile> {
    const author = actor.permissions.has(Permission.CatalogAuthor);
    const own = await this.db.transaction((em) => {
      const query = em
        .createQueryBuilder(MediaFile, 'media')
        .where('media.id = :mediaId AND media.module_id = :moduleId', {
          mediaId,
          moduleId,
        });
      if (!author)
        query.andWhere(
          `EXISTS (SELECT 1 FROM version_media vm JOIN module_version v ON v.id = vm.version_id
                    WHERE vm.media_id = media.id AND v.module_id = media.module_id AND v.status <> 'draft')`,
        );
      return query.getOne();
    });
    if (own) return own;
    const shared = await this.db.crossTenants('shared-modules', (em) =>
      em.findOneBy(MediaFile, { id: mediaId, moduleId }),
    );
    if (shared) return shared;
    throw mediaNotFound(mediaId);
  }
}
