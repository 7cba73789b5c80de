import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * Who did what, when and from where: sign-ins (and failed ones), sign-outs, role grants,
 * integration tokens. Append-only; the application role may not update or delete rows.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_time', ['tenantId', 'occurredAt'])
export class AuditEvent extends TenantOwned {
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** E.g. `sign-in`, `sign-in-failed`, `role-granted`, `token-revoked`. */
  @Column({ type: 'varchar', length: 50 })
  action!: string;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ name: 'actor_token_id', type: 'uuid', nullable: true })
  actorTokenId!: string | null;

  @Column({ name: 'target_type', type: 'varchar', length: 50, nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 400, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
