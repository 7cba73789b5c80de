import { Injectable } from '@nestjs/common';
import { TenantDb } from '@larnav/api/db';
import { OutboundMail } from '../entities';
import type { OutboxMailDetailResponse, OutboxMailResponse } from './outbox.controller';

/** The outbox as admins read it: the current municipality's mails only (row-level security). */
@Injectable()
export class OutboxQueries {
  constructor(private readonly db: TenantDb) {}

  async list(limit: number, before?: Date): Promise<OutboxMailResponse[]> {
    const mails = await this.db.transaction((em) =>
      em
        .createQueryBuilder(OutboundMail, 'mail')
        .select(['mail.id', 'mail.toAddress', 'mail.subject', 'mail.kind', 'mail.status', 'mail.error'])
        .addSelect(['mail.createdAt', 'mail.sentAt'])
        .where(before ? 'mail.createdAt < :before' : 'TRUE', { before })
        .orderBy('mail.createdAt', 'DESC')
        .addOrderBy('mail.id', 'ASC')
        .limit(limit)
        .getMany(),
    );
    return mails.map(summary);
  }

  async get(id: string): Promise<OutboxMailDetailResponse | null> {
    const mail = await this.db.transaction((em) => em.findOneBy(OutboundMail, { id }));
    return mail ? { ...summary(mail), text: mail.text, html: mail.html } : null;
  }
}

function summary(mail: OutboundMail): OutboxMailResponse {
  return {
    id: mail.id,
    to: mail.toAddress,
    subject: mail.subject,
    kind: mail.kind,
    status: mail.status,
    error: mail.error,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}
