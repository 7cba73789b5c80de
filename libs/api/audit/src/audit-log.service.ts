import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { AuditEvent } from './entities/audit-event.entity';

export interface AuditEntry {
  action: string;
  actor?: Pick<Actor, 'personId' | 'tokenId'> | null;
  target?: { type: string; id: string };
  /** Where the request came from. */
  origin?: { ip?: string | null; userAgent?: string | null };
  details?: Record<string, unknown>;
}

/** Appends to the current tenant's audit log, inside the caller's transaction when there is one. */
@Injectable()
export class AuditLog {
  constructor(private readonly db: TenantDb) {}

  record(entry: AuditEntry): Promise<AuditEvent> {
    return this.db.transaction((em) =>
      em.save(
        em.create(AuditEvent, {
          tenantId: this.db.tenantId(),
          action: entry.action,
          actorPersonId: entry.actor?.personId ?? null,
          actorTokenId: entry.actor?.tokenId ?? null,
          targetType: entry.target?.type ?? null,
          targetId: entry.target?.id ?? null,
          ip: entry.origin?.ip?.slice(0, 64) ?? null,
          userAgent: entry.origin?.userAgent?.slice(0, 400) ?? null,
          details: entry.details ?? {},
        }),
      ),
    );
  }

  /** Newest first, `before` an instant for paging back. */
  list(limit: number, before?: Date): Promise<AuditEvent[]> {
    return this.db.transaction((em) =>
      em
        .createQueryBuilder(AuditEvent, 'event')
        .where(before ? 'event.occurredAt < :before' : 'TRUE', { before })
        .orderBy('event.occurredAt', 'DESC')
        .limit(limit)
        .getMany(),
    );
  }
}
