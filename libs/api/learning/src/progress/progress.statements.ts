import { preparedStatement } from '@larnav/api/db';
import type { AttemptState } from '../entities/attempt.entity';

/**
 * The statements of a progress write, each prepared once per connection (issue 8: every
 * learner's every scroll sends one).
 */

/** The events as stored: $3 of both writes. */
export interface EventRow {
  id: string;
  type: string;
  occurred_at: string;
  data: object;
}

/**
 * The write with a completion to decide: locks the learner's own attempt ($1, $2) and stores
 * the batch ($3; a known id is skipped, not an error), returning the attempt and what was new.
 * The caller works out the state and the completion, and updates the state with its commit.
 */
export const LOCK_AND_RECORD = preparedStatement(
  'record_progress_events',
  ['uuid', 'uuid', 'jsonb'],
  `WITH own AS (
     SELECT id, tenant_id, person_id, module_id, version_id, state, completed_at, started_at, updated_at
       FROM attempt WHERE id = $1 AND person_id = $2 FOR UPDATE
   ), inserted AS (
     INSERT INTO progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
     SELECT own.tenant_id, e.id, own.person_id, own.id, e.type, e.data, e.occurred_at
       FROM own, jsonb_to_recordset($3) AS e(id uuid, type text, data jsonb, occurred_at timestamptz)
     ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id
   )
   SELECT own.*, ARRAY(SELECT id::text FROM inserted) AS stored FROM own`,
);

/** $1 the attempt, $2 its new state. */
export const UPDATE_STATE = preparedStatement(
  'update_attempt_state',
  ['uuid', 'jsonb'],
  `UPDATE attempt SET state = $2, updated_at = now() WHERE id = $1`,
);

/**
 * The write of positions alone, in one statement: stores the batch ($3) in the learner's own
 * attempt ($1, $2) of version $5 and applies the newly stored ones of $4 (those in the
 * version's lessons) with `progress_state`. No lock is taken first: the UPDATE takes the row's,
 * and a write queued behind another's applies its events to the state that one left.
 */
export const RECORD_POSITIONS = preparedStatement(
  'record_progress_positions',
  ['uuid', 'uuid', 'jsonb', 'jsonb', 'uuid'],
  `WITH own AS (
     SELECT id, tenant_id, person_id, version_id, state, completed_at FROM attempt WHERE id = $1 AND person_id = $2
   ), inserted AS (
     INSERT INTO progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
     SELECT own.tenant_id, e.id, own.person_id, own.id, e.type, e.data, e.occurred_at
       FROM own, jsonb_to_recordset($3) AS e(id uuid, type text, data jsonb, occurred_at timestamptz)
     ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id
   ), updated AS (
     UPDATE attempt a
        SET state = progress_state(a.state, (
              SELECT coalesce(jsonb_agg(x.event ORDER BY x.n), '[]')
                FROM jsonb_array_elements($4) WITH ORDINALITY AS x(event, n)
               WHERE (x.event ->> 'id')::uuid IN (SELECT id FROM inserted))),
            updated_at = now()
      WHERE a.id = (SELECT id FROM own) AND a.version_id = $5 AND a.completed_at IS NULL
        AND EXISTS (SELECT 1 FROM inserted)
      RETURNING a.state
   )
   SELECT own.version_id, own.completed_at, ARRAY(SELECT id::text FROM inserted) AS stored,
          coalesce((SELECT state FROM updated), own.state) AS state
     FROM own`,
);

export interface PositionsRow {
  version_id: string;
  completed_at: Date | null;
  stored: string[];
  state: AttemptState;
}
