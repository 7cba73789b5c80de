import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PgThrottlerStorage } from '../rate-limit/pg-throttler.storage';
import { CLOCK_SKEW_MS, MAX_ASSERTION_AGE_MS } from './service-provider';

/** Long enough that an assertion is too old to pass the freshness check once its mark expires. */
const REMEMBER_MS = MAX_ASSERTION_AGE_MS + 2 * CLOCK_SKEW_MS;

/**
 * Accepts each SAML assertion once, so a response copied from a browser (history, logs, a
 * proxy) cannot sign anyone in again. The marks are counters in the rate-limit table: a key
 * seen more than once within its window is a replay, on whichever replica it arrives.
 */
@Injectable()
export class AssertionReplayGuard {
  constructor(private readonly counters: PgThrottlerStorage) {}

  /** Checks the assertion's age and marks it used; throws when it is stale or already used. */
  async accept(issuer: string, assertionId: string | undefined, issueInstant: string | undefined, now = Date.now()) {
    const issuedAt = issueInstant ? Date.parse(issueInstant) : NaN;
    if (Number.isNaN(issuedAt)) throw new Error('The assertion has no IssueInstant.');
    if (issuedAt > now + CLOCK_SKEW_MS) throw new Error('The assertion was issued in the future.');
    if (now - issuedAt > MAX_ASSERTION_AGE_MS + CLOCK_SKEW_MS) throw new Error('The assertion is too old.');
    if (!assertionId) throw new Error('The assertion has no ID.');

    const key = `saml-assertion:${createHash('sha256').update(`${issuer}\n${assertionId}`).digest('hex')}`;
    const { totalHits } = await this.counters.increment(key, REMEMBER_MS, 1, REMEMBER_MS);
    if (totalHits > 1) throw new Error('The assertion was already used.');
  }
}
