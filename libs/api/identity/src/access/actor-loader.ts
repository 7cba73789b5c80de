import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { permissionsOf, Role } from '@larnav/contracts';
import { takePreloadedActor } from '../session/session-preload';

/**
 * Builds the actor for a signed-in person at every request, from the database: a revoked role
 * or a deactivated account takes effect on the very next request, on every replica.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly db: TenantDb) {}

  /** Null when the person no longer exists or may not sign in. */
  async forPerson(personId: string, sessionId: string): Promise<Actor | null> {
    // Every request asks: the person, their roles and scopes in one query and one round trip,
    // usually the session's own (see session-preload.ts).
    const rows =
      takePreloadedActor(sessionId, personId) ??
      (await this.db.readOnce<{ active: boolean; role: Role | null; org_unit_id: string | null }>(
        `SELECT p.active, g.role, g.org_unit_id
           FROM person p LEFT JOIN role_grant g ON g.person_id = p.id
          WHERE p.id = $1`,
        [personId],
      ));
    if (rows.length === 0 || !rows[0].active) return null;
    const roles = new Set<Role>([Role.Learner]);
    const hrUnitIds = new Set<string>();
    for (const row of rows) {
      if (row.role) roles.add(row.role as Role);
      if (row.role === Role.Hr && row.org_unit_id) hrUnitIds.add(row.org_unit_id);
    }
    return {
      tenantId: this.db.tenantId(),
      personId,
      tokenId: null,
      sessionId,
      roles: [...roles],
      permissions: permissionsOf([...roles]),
      hrUnitIds: [...hrUnitIds],
    };
  }
}
