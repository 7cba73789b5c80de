/**
 * The next live session a learner may book of a module (or the one they booked), for My
 * training. Live sessions provide it; learning only asks, so learning does not depend on them
 * (they depend on learning's completions).
 */
export interface NextSession {
  sessionId: string;
  startsAt: Date;
  /** Swedish wall-clock times, `YYYY-MM-DDTHH:mm`. */
  startsLocal: string;
  endsLocal: string;
  place: string | null;
  online: boolean;
  freePlaces: number;
  /** The learner's own booking of it: booked or waitlisted; null when they have none. */
  myBooking: 'booked' | 'waitlisted' | null;
}

export interface BookableSessions {
  /** Per module: the learner's own upcoming booking, else the soonest session still open to book. */
  nextFor(personId: string, moduleIds: string[]): Promise<Map<string, NextSession>>;
}

export const BOOKABLE_SESSIONS = Symbol('BookableSessions');
