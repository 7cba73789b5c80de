import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { DraftService } from './authoring/draft.service';
import { DraftsController } from './authoring/drafts.controller';
import { ModuleService } from './authoring/module.service';
import { ModulesController } from './authoring/modules.controller';
import { CATALOG_OPTIONS, CatalogOptions } from './catalog.options';
import { CatalogQueries } from './catalog.queries';
import { ExchangeController } from './exchange/exchange.controller';
import { ModuleExportService } from './exchange/module-export.service';
import { ModuleImportService } from './exchange/module-import.service';

/** Authoring: modules, their versions and lessons, media, and sharing across the region. */
@Module({})
export class CatalogModule {
  static forRoot(options: CatalogOptions): DynamicModule {
    return {
      module: CatalogModule,
      imports: [DbModule, AuditModule],
      controllers: [ModulesController, DraftsController, ExchangeController],
      providers: [
        { provide: CATALOG_OPTIONS, useValue: options },
        ModuleService,
        DraftService,
        CatalogQueries,
        ModuleExportService,
        ModuleImportService,
      ],
      exports: [CatalogQueries],
    };
  }
}
