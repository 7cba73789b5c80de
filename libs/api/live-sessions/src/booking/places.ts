import { EntityManager } from 'typeorm';
import { DomainError } from '@larnav/api/common';
import { localTimeAt, ProblemCode } from '@larnav/contracts';
import { LiveSession } from '../entities';
import { sessionNotFound, TAKES_PLACE } from './session-queries';

/** The session, its row locked until the transaction ends: the one place booking serialises. */
export async function lockSession(em: EntityManager, id: string): Promise<LiveSession> {
  const session = await em.findOne(LiveSession, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!session) throw sessionNotFound(id);
  return session;
}

export async function placesTaken(em: EntityManager, sessionId: string): Promise<number> {
  const [{ n }] = await em.query(
    `SELECT count(*)::int AS n FROM live_session_booking WHERE session_id = $1 AND ${TAKES_PLACE}`,
    [sessionId],
  );
  return n;
}

export async function waitlistLength(em: EntityManager, sessionId: string): Promise<number> {
  const [{ n }] = await em.query(
    `SELECT count(*)::int AS n FROM live_session_booking WHERE session_id = $1 AND status = 'waitlisted'`,
    [sessionId],
  );
  return n;
}

export function sessionCancelled(): DomainError {
  return DomainError.conflict(ProblemCode.LiveSessionCancelled, 'The session has been cancelled.');
}

export function swedish(instant: Date): string {
  return localTimeAt(instant).replace('T', ' ');
}
