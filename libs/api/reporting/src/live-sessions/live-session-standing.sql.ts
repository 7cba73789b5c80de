/**
 * Each person's standing with one module's live sessions (cancelled sessions and bookings left
 * out): the day of the last session attended, and the soonest coming session they hold a place
 * on, wait for, or await their manager's approval for. Partly attended and no-show count as not
 * attended, as they do for completion (AttendanceService).
 */
export const LIVE_SESSION_STATES_SQL = `
  WITH b AS (
    SELECT b.person_id, b.status, s.id AS session_id, s.starts_at, s.ends_at
      FROM live_session_booking b
      JOIN live_session s ON s.id = b.session_id
     WHERE s.module_id = $1 AND b.person_id = ANY($2::uuid[])
       AND b.status <> 'cancelled' AND s.status <> 'cancelled')
  SELECT p.person_id AS "personId",
         (SELECT to_char(max(b.starts_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD')
            FROM b WHERE b.person_id = p.person_id AND b.status = 'attended') AS "attendedOn",
         next.status AS "nextStatus", next.session_id AS "nextSessionId", next.starts_at AS "nextSessionStartsAt"
    FROM unnest($2::uuid[]) AS p(person_id)
    LEFT JOIN LATERAL (
      SELECT b.status, b.session_id, b.starts_at FROM b
       WHERE b.person_id = p.person_id AND b.ends_at > now()
         AND b.status IN ('booked', 'waitlisted', 'pending-approval')
       ORDER BY b.starts_at LIMIT 1) next ON true`;
