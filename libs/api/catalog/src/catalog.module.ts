import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { DraftService } from './authoring/draft.service';
import { DraftsController } from './authoring/drafts.controller';
import { ModuleService } from './authoring/module.service';
import { ModulesController } from './authoring/modules.controller';
import { CATALOG_OPTIONS, CatalogOptions } from './catalog.options';
import { CatalogQueries } from './catalog.queries';
import { MediaAccess } from './media/media-access';
import { MediaController } from './media/media.controller';
import { MediaService } from './media/media.service';
import { ExchangeController } from './exchange/exchange.controller';
import { ModuleExportService } from './exchange/module-export.service';
import { ModuleImportService } from './exchange/module-import.service';

/**
 * Authoring: modules, their versions and lessons, media, and sharing across the region.
 * Media storage itself (FILE_STORAGE, UPLOAD_LIMITS) comes from the global StorageModule.
 */
@Module({})
export class CatalogModule {
  static forRoot(options: CatalogOptions): DynamicModule {
    return {
      module: CatalogModule,
      // Learning and reporting read modules through CatalogQueries, without a second forRoot.
      global: true,
      imports: [DbModule, AuditModule],
      controllers: [ModulesController, DraftsController, MediaController, ExchangeController],
      providers: [
        { provide: CATALOG_OPTIONS, useValue: options },
        ModuleService,
        DraftService,
        CatalogQueries,
        MediaService,
        MediaAccess,
        ModuleExportService,
        ModuleImportService,
      ],
      // MediaAccess: the learning area will ask it whether a learner may see a module's file.
      exports: [CatalogQueries, MediaAccess],
    };
  }
}
