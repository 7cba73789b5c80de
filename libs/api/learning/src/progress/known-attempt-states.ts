import { Injectable } from '@nestjs/common';
import type { AttemptState } from '@larnav/shared/learning';

/** What this server last wrote of an attempt it is taking events for. */
export interface KnownAttempt {
  personId: string;
  moduleId: string;
  versionId: string;
  state: AttemptState;
}

/** About the learners of one municipality's busiest morning, at a few hundred bytes each. */
const KEPT = 20_000;

/**
 * The state each attempt had when this server last wrote it, so that the next position event
 * can be stored in one statement: the new state is worked out from the known one, and the
 * database writes it only if the attempt's state is still exactly that (a compare-and-set).
 *
 * This is a guess, never a truth: another server, another tab or a completion may have moved the
 * attempt on. Then the database's state differs, the statement writes nothing, and the event
 * goes the long way (ProgressService). So a stale entry costs one round trip, never a wrong
 * state, and nothing here needs to be shared between servers or cleared on a change.
 */
@Injectable()
export class KnownAttemptStates {
  private readonly attempts = new Map<string, KnownAttempt>();

  get(tenantId: string, attemptId: string, personId: string): KnownAttempt | undefined {
    const known = this.attempts.get(key(tenantId, attemptId));
    return known?.personId === personId ? known : undefined;
  }

  remember(tenantId: string, attemptId: string, known: KnownAttempt): void {
    const at = key(tenantId, attemptId);
    // Newest last: the first in the map is the attempt written longest ago, the one to forget.
    this.attempts.delete(at);
    if (this.attempts.size >= KEPT) this.attempts.delete(this.attempts.keys().next().value as string);
    this.attempts.set(at, known);
  }

  forget(tenantId: string, attemptId: string): void {
    this.attempts.delete(key(tenantId, attemptId));
  }
}

function key(tenantId: string, attemptId: string): string {
  return `${tenantId}/${attemptId}`;
}
