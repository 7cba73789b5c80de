import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { LearningModule } from '@larnav/api/learning';
import { DbModule } from '@larnav/api/db';
import { OrgModule } from '@larnav/api/org';
import { TenancyModule } from '@larnav/api/tenancy';
import { BookingApprovals } from './approval/booking-approvals';
import { AttendanceService } from './attendance/attendance.service';
import { BookingController } from './booking/booking.controller';
import { BookingService } from './booking/booking.service';
import { BookableSessionsModule } from './booking/next-sessions';
import { SessionQueries } from './booking/session-queries';
import { Invitations } from './invitations/invitations.service';
import { SchedulingController } from './scheduling/scheduling.controller';
import { SchedulingService } from './scheduling/scheduling.service';

/**
 * Live training sessions (utbildningspass): scheduling, race-safe booking with a waitlist, and
 * calendar invitations that stay right. The Mailer and CatalogQueries come from their global modules.
 */
@Module({
  imports: [DbModule, AuditModule, TenancyModule, LearningModule, BookableSessionsModule, OrgModule],
  controllers: [SchedulingController, BookingController],
  providers: [AttendanceService, SchedulingService, BookingService, BookingApprovals, SessionQueries, Invitations],
  exports: [BookingService, BookingApprovals, SessionQueries],
})
export class LiveSessionsModule {}
