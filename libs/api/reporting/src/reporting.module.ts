import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { ComplianceModule } from '@larnav/api/compliance';
import { DbModule } from '@larnav/api/db';
import { TenancyModule } from '@larnav/api/tenancy';
import { BoardSummaryService } from './board-summary/board-summary.service';
import { CoverageEngine } from './coverage/coverage.engine';
import { TodaysRollup } from './coverage/todays-rollup';
import { CoverageFacts } from './facts/coverage-facts';
import { ReportingExportController } from './export/reporting-export.controller';
import { LiveSessionStanding } from './live-sessions/live-session-standing.service';
import { OnboardingQueries } from './onboarding/onboarding.queries';
import { ReportingController } from './reporting.controller';
import { RegionalCoverageRefresh } from './regional/regional-coverage.refresh';
import { RegionalController } from './regional/regional.controller';
import { RegionalService } from './regional/regional.service';
import { ReportsService } from './reports.service';

/** Coverage, onboarding and trends for HR and BI tools, derived from the assignment engine. */
@Module({
  imports: [DbModule, ComplianceModule, TenancyModule, AuditModule],
  controllers: [ReportingController, ReportingExportController, RegionalController],
  providers: [
    CoverageEngine,
    CoverageFacts,
    TodaysRollup,
    OnboardingQueries,
    ReportsService,
    BoardSummaryService,
    RegionalCoverageRefresh,
    RegionalService,
    LiveSessionStanding,
  ],
  exports: [CoverageEngine, CoverageFacts, ReportsService, RegionalCoverageRefresh, LiveSessionStanding],
})
export class ReportingModule {}
