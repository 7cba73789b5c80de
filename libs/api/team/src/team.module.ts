import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { LiveSessionsModule } from '@larnav/api/live-sessions';
import { OrgModule } from '@larnav/api/org';
import { ReportingModule } from '@larnav/api/reporting';
import { MyTeamController } from './my-team.controller';
import { MyTeamService } from './my-team.service';

/** Mitt team: managers' view of their own team, reminders, and booking approvals. Mailer and Reminders are global. */
@Module({
  imports: [DbModule, AuditModule, OrgModule, ReportingModule, LiveSessionsModule],
  controllers: [MyTeamController],
  providers: [MyTeamService],
})
export class TeamModule {}
