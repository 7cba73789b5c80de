import { LiveSessionBooking } from './booking.entity';
import { LiveSession } from './live-session.entity';

export * from './booking.entity';
export * from './live-session.entity';

export const LIVE_SESSIONS_ENTITIES = [LiveSession, LiveSessionBooking];
