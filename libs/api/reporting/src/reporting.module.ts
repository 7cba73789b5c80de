import { Module } from '@nestjs/common';
import { ComplianceModule } from '@larnav/api/compliance';
import { DbModule } from '@larnav/api/db';
import { CoverageEngine } from './coverage/coverage.engine';
import { CoverageFacts } from './facts/coverage-facts';
import { ReportingExportController } from './export/reporting-export.controller';
import { OnboardingQueries } from './onboarding/onboarding.queries';
import { ReportingController } from './reporting.controller';
import { ReportsService } from './reports.service';

/** Coverage, onboarding and trends for HR and BI tools, derived from the assignment engine. */
@Module({
  imports: [DbModule, ComplianceModule],
  controllers: [ReportingController, ReportingExportController],
  providers: [CoverageEngine, CoverageFacts, OnboardingQueries, ReportsService],
  exports: [CoverageEngine, CoverageFacts, ReportsService],
})
export class ReportingModule {}
