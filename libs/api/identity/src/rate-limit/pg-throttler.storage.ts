import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';

interface HitRow {
  hits: number;
  expires_at: Date;
  blocked_until: Date | null;
}

/**
 * Rate-limit counters in PostgreSQL, so a limit holds across every API replica: a fixed window
 * of `ttl` ms per key, and a block of `blockDuration` ms once the window's limit is passed.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    let [row]: HitRow[] = await this.dataSource.query(
      `INSERT INTO rate_limit_hit AS r (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond', NULL)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE r.expires_at END,
         blocked_until = CASE WHEN r.blocked_until > now() THEN r.blocked_until END
       RETURNING hits, expires_at, blocked_until`,
      [key, ttl],
    );
    if (row.hits > limit && !row.blocked_until) {
      [[row]] = await this.dataSource.query(
        `UPDATE rate_limit_hit SET blocked_until = now() + $2 * interval '1 millisecond'
          WHERE key = $1 RETURNING hits, expires_at, blocked_until`,
        [key, blockDuration],
      );
    }
    return toRecord(row);
  }

  /** Seconds until the key may try again; 0 when it is not blocked. */
  async blockedFor(key: string): Promise<number> {
    const [row]: HitRow[] = await this.dataSource.query(
      `SELECT hits, expires_at, blocked_until FROM rate_limit_hit WHERE key = $1 AND blocked_until > now()`,
      [key],
    );
    return row ? toRecord(row).timeToBlockExpire : 0;
  }
}

function toRecord(row: HitRow): ThrottlerStorageRecord {
  const now = Date.now();
  const blockedUntil = row.blocked_until ? new Date(row.blocked_until).getTime() : 0;
  return {
    totalHits: row.hits,
    timeToExpire: Math.max(0, Math.ceil((new Date(row.expires_at).getTime() - now) / 1000)),
    isBlocked: blockedUntil > now,
    timeToBlockExpire: Math.max(0, Math.ceil((blockedUntil - now) / 1000)),
  };
}
