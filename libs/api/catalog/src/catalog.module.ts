import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { DraftService } from './authoring/draft.service';
import { DraftsController } from './authoring/drafts.controller';
import { ModuleService } from './authoring/module.service';
import { ModulesController } from './authoring/modules.controller';
import { CATALOG_OPTIONS, CatalogOptions } from './catalog.options';
import { CatalogQueries } from './catalog.queries';

/** Authoring: modules, their versions and lessons, media, and sharing across the region. */
@Module({})
export class CatalogModule {
  static forRoot(options: CatalogOptions): DynamicModule {
    return {
      module: CatalogModule,
      // Learning and reporting read modules through CatalogQueries, without a second forRoot.
      global: true,
      imports: [DbModule, AuditModule],
      controllers: [ModulesController, DraftsController],
      providers: [{ provide: CATALOG_OPTIONS, useValue: options }, ModuleService, DraftService, CatalogQueries],
      exports: [CatalogQueries],
    };
  }
}
