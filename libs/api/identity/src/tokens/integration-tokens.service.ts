import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Actor, DomainError } from '@larnav/api/common';
import { currentTenantScope, TenantDb } from '@larnav/api/db';
import { Permission, ProblemCode } from '@larnav/contracts';
import { IntegrationToken } from '../entities';

const PREFIX = 'lnv';

export interface IssuedToken {
  token: IntegrationToken;
  /** The only time the secret is seen: `lnv_<id>_<secret>`. */
  value: string;
}

/** Credentials for machines: created and revoked by an admin, shown once, stored hashed. */
@Injectable()
export class IntegrationTokens {
  constructor(private readonly db: TenantDb) {}

  issue(input: {
    name: string;
    scopes: Permission[];
    expiresAt: Date;
    createdBy: string | null;
  }): Promise<IssuedToken> {
    return this.db.transaction(async (em) => {
      const secret = randomBytes(32).toString('base64url');
      const token = await em.save(
        em.create(IntegrationToken, {
          tenantId: this.db.tenantId(),
          name: input.name,
          scopes: input.scopes,
          secretHash: sha256(secret),
          expiresAt: input.expiresAt,
          revokedAt: null,
          createdBy: input.createdBy,
          lastUsedAt: null,
        }),
      );
      return { token, value: `${PREFIX}_${token.id.replace(/-/g, '')}_${secret}` };
    });
  }

  list(): Promise<IntegrationToken[]> {
    return this.db.transaction((em) => em.find(IntegrationToken, { order: { createdAt: 'DESC' } }));
  }

  revoke(id: string): Promise<IntegrationToken> {
    return this.db.transaction(async (em) => {
      const token = await em.findOneBy(IntegrationToken, { id });
      if (!token) throw DomainError.notFound(ProblemCode.TokenNotFound, `No integration token with id ${id}.`);
      token.revokedAt ??= new Date();
      return em.save(token);
    });
  }

  /** The actor a presented token stands for, or null if it is unknown, wrong, revoked or expired. */
  async authenticate(value: string): Promise<Actor | null> {
    const parsed = parse(value);
    const tenantId = currentTenantScope()?.tenantId;
    if (!parsed || !tenantId) return null;
    return this.db.transaction(async (em) => {
      const token = await em.findOneBy(IntegrationToken, { id: parsed.id });
      if (!token || !sameHash(token.secretHash, sha256(parsed.secret))) return null;
      if (token.revokedAt || token.expiresAt.getTime() <= Date.now()) return null;
      await em.update(IntegrationToken, { id: token.id }, { lastUsedAt: new Date() });
      return {
        tenantId,
        personId: null,
        tokenId: token.id,
        sessionId: null,
        roles: [],
        permissions: new Set(token.scopes),
        hrUnitIds: [],
      };
    });
  }
}

function parse(value: string): { id: string; secret: string } | null {
  const match = /^lnv_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return null;
  const hex = match[1];
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: match[2] };
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
