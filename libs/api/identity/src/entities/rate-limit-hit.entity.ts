import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Request counts for rate limiting, shared by every API replica. */
@Entity({ name: 'rate_limit_hit' })
export class RateLimitHit {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
