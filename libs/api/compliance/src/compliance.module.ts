import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { OrgModule } from '@larnav/api/org';
import { AssignmentEngine } from './engine/assignment.engine';
import { ExemptionsController } from './exemptions/exemptions.controller';
import { ExemptionsService } from './exemptions/exemptions.service';
import { PersonTimelineController } from './person-timeline/person-timeline.controller';
import { PersonTimelineQueries } from './person-timeline/person-timeline.queries';
import { JobRoleQueries, JobRolesController } from './rules/job-roles.controller';
import { RulesController } from './rules/rules.controller';
import { RulesService } from './rules/rules.service';

/** What each unit and role must know: assignment rules, exemptions, and the engine that derives requirements. */
@Module({
  imports: [DbModule, AuditModule, OrgModule],
  controllers: [RulesController, JobRolesController, ExemptionsController, PersonTimelineController],
  providers: [AssignmentEngine, RulesService, JobRoleQueries, ExemptionsService, PersonTimelineQueries],
  exports: [AssignmentEngine],
})
export class ComplianceModule {}
