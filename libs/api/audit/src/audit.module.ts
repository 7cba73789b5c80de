import { Module } from '@nestjs/common';
import { DbModule } from '@larnav/api/db';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log.service';
import { AuditEvent } from './entities/audit-event.entity';

export const AUDIT_ENTITIES = [AuditEvent];

@Module({
  imports: [DbModule],
  controllers: [AuditController],
  providers: [AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
