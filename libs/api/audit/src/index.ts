export * from './audit-log.service';
export * from './audit.module';
export * from './entities/audit-event.entity';
