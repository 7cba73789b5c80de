export * from './entities';
export * from './live-sessions.module';
export * from './booking/booking.service';
export * from './booking/session-queries';
export * from './invitations/invitation';
export * from './approval/booking-approvals';
