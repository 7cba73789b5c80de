import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { HrImportApply } from './apply/hr-import.job';
import { HrImportController } from './hr-import.controller';
import { HrImportService } from './hr-import.service';

/** Staff from the HR system's file: upload, dry run, and an all-or-nothing apply as a job. */
@Module({
  imports: [DbModule, AuditModule],
  controllers: [HrImportController],
  providers: [HrImportService, HrImportApply],
  exports: [HrImportService, HrImportApply],
})
export class HrImportModule {}
