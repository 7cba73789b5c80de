import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { TenantDb } from '@larnav/api/db';
import { Person } from '@larnav/api/org';
import { ScimGroup, ScimGroupMember } from './entities/scim-group.entity';
import { ScimError } from './scim-error';
import { compileFilter, FilterColumn } from './scim-filter';
import { applyPatch, patchOperations } from './scim-patch-ops';
import { SCHEMA } from './scim-schemas';
import { checkSchemas } from './scim-user.mapper';
import { ScimCall } from './scim-users.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GROUP_COLUMNS: Record<string, FilterColumn> = {
  id: { sql: 'g.id', type: 'id' },
  displayName: { sql: 'g.display_name', type: 'string' },
  externalId: { sql: 'g.external_id', type: 'string', caseExact: true },
  'members.value': {
    sql: 'm.person_id',
    type: 'id',
    exists: (condition) => `EXISTS (SELECT 1 FROM scim_group_member m WHERE m.group_id = g.id AND ${condition})`,
  },
};

export interface GroupView {
  group: ScimGroup;
  /** Undefined when the client asked for the group without its members. */
  members?: { value: string; display: string }[];
}

interface GroupFields {
  displayName: string;
  externalId: string | null;
  memberIds: string[];
}

/** Groups from the identity system and who is in them; membership is current state, not history. */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  list(filter: string | undefined, startIndex: number, count: number, withMembers: boolean) {
    const compiled = compileFilter(filter, GROUP_COLUMNS);
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(
        `SELECT count(*)::int AS total FROM scim_group g WHERE ${compiled.where}`,
        compiled.params,
      );
      const rows: { id: string }[] =
        count === 0
          ? []
          : await em.query(
              `SELECT g.id FROM scim_group g WHERE ${compiled.where} ORDER BY g.created_at, g.id LIMIT ${count} OFFSET ${startIndex - 1}`,
              compiled.params,
            );
      const groups = await Promise.all(rows.map((r) => this.view(em, r.id, withMembers)));
      return { total: total as number, groups };
    });
  }

  get(id: string, withMembers: boolean): Promise<GroupView> {
    return this.db.transaction((em) => this.view(em, id, withMembers));
  }

  create(body: unknown, call: ScimCall): Promise<GroupView> {
    const fields = readGroup(body);
    return this.db.transaction(async (em) => {
      if (fields.externalId && (await em.existsBy(ScimGroup, { externalId: fields.externalId }))) {
        throw ScimError.taken(`A group with externalId ${fields.externalId} already exists.`);
      }
      const group = await em.save(
        em.create(ScimGroup, {
          tenantId: this.db.tenantId(),
          displayName: fields.displayName,
          externalId: fields.externalId,
        }),
      );
      await this.setMembers(em, group.id, fields.memberIds);
      await this.record(call, 'scim-group-created', group.id);
      return this.view(em, group.id, true);
    });
  }

  replace(id: string, body: unknown, call: ScimCall): Promise<GroupView> {
    return this.update(id, call, () => readGroup(body));
  }

  patch(id: string, body: unknown, call: ScimCall): Promise<GroupView> {
    const operations = patchOperations(body);
    return this.update(id, call, (current) => {
      const resource = {
        schemas: [SCHEMA.group],
        displayName: current.group.displayName,
        ...(current.group.externalId ? { externalId: current.group.externalId } : {}),
        members: (current.members ?? []).map((m) => ({ value: m.value })),
      };
      return readGroup(applyPatch(resource, operations));
    });
  }

  remove(id: string, call: ScimCall): Promise<void> {
    return this.db.transaction(async (em) => {
      const group = await this.group(em, id);
      await em.delete(ScimGroupMember, { groupId: group.id });
      await em.delete(ScimGroup, { id: group.id });
      await this.record(call, 'scim-group-deleted', group.id);
    });
  }

  private update(id: string, call: ScimCall, read: (current: GroupView) => GroupFields): Promise<GroupView> {
    return this.db.transaction(async (em) => {
      const current = await this.view(em, id, true);
      const fields = read(current);
      await em.update(ScimGroup, { id }, { displayName: fields.displayName, externalId: fields.externalId });
      const { added, removed } = await this.setMembers(em, id, fields.memberIds);
      await this.record(call, 'scim-group-updated', id, { membersAdded: added, membersRemoved: removed });
      return this.view(em, id, true);
    });
  }

  /** Membership becomes exactly these people; ids Lärnav does not know are left out (not yet provisioned). */
  private async setMembers(em: EntityManager, groupId: string, memberIds: string[]) {
    const wanted = [...new Set(memberIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
    const known = wanted.length
      ? (await em.find(Person, { select: { id: true }, where: { id: In(wanted), deprovisionedAt: IsNull() } })).map(
          (p) => p.id,
        )
      : [];
    const present = (await em.find(ScimGroupMember, { where: { groupId } })).map((m) => m.personId);
    const toAdd = known.filter((id) => !present.includes(id));
    const toRemove = present.filter((id) => !known.includes(id));
    if (toRemove.length) await em.delete(ScimGroupMember, { groupId, personId: In(toRemove) });
    if (toAdd.length) {
      await em.insert(
        ScimGroupMember,
        toAdd.map((personId) => ({ tenantId: this.db.tenantId(), groupId, personId })),
      );
    }
    return { added: toAdd.length, removed: toRemove.length };
  }

  private async group(em: EntityManager, id: string): Promise<ScimGroup> {
    const group = UUID.test(id) ? await em.findOneBy(ScimGroup, { id }) : null;
    if (!group) throw ScimError.noSuch(`No group with id ${id}.`);
    return group;
  }

  private async view(em: EntityManager, id: string, withMembers: boolean): Promise<GroupView> {
    const group = await this.group(em, id);
    if (!withMembers) return { group };
    const members: { value: string; display: string }[] = await em.query(
      `SELECT p.id AS value, p.name AS display FROM scim_group_member m JOIN person p ON p.id = m.person_id
        WHERE m.group_id = $1 ORDER BY p.name, p.id`,
      [id],
    );
    return { group, members };
  }

  private record(call: ScimCall, action: string, groupId: string, details: Record<string, unknown> = {}) {
    return this.audit.record({
      action,
      actor: call.actor,
      target: { type: 'scim-group', id: groupId },
      origin: call.origin,
      details,
    });
  }
}

export function groupResource(view: GroupView, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA.group],
    id: view.group.id,
    ...(view.group.externalId ? { externalId: view.group.externalId } : {}),
    displayName: view.group.displayName,
    ...(view.members ? { members: view.members.map((m) => ({ ...m, $ref: `${baseUrl}/Users/${m.value}` })) } : {}),
    meta: {
      resourceType: 'Group',
      created: view.group.createdAt.toISOString(),
      lastModified: view.group.updatedAt.toISOString(),
      location: `${baseUrl}/Groups/${view.group.id}`,
    },
  };
}

function readGroup(resource: unknown): GroupFields {
  if (!resource || typeof resource !== 'object' || Array.isArray(resource)) {
    throw ScimError.badRequest('invalidSyntax', 'A Group must be a JSON object.');
  }
  checkSchemas(resource);
  const body = Object.fromEntries(Object.entries(resource).map(([k, v]) => [k.toLowerCase(), v]));
  const displayName = body['displayname'];
  if (typeof displayName !== 'string' || !displayName.trim() || displayName.length > 256) {
    throw ScimError.badRequest('invalidValue', 'displayName must be a text of 1 to 256 characters.');
  }
  const externalId = body['externalid'];
  if (externalId !== undefined && externalId !== null && (typeof externalId !== 'string' || externalId.length > 200)) {
    throw ScimError.badRequest('invalidValue', 'externalId must be a text of at most 200 characters.');
  }
  const members = body['members'] ?? [];
  if (!Array.isArray(members)) throw ScimError.badRequest('invalidValue', 'members must be a list.');
  const memberIds = members.map((m) => {
    const value = m && typeof m === 'object' ? (m as Record<string, unknown>)['value'] : m;
    if (typeof value !== 'string')
      throw ScimError.badRequest('invalidValue', 'Each member needs a "value": a user id.');
    return value;
  });
  return {
    displayName: displayName.trim(),
    externalId: (externalId as string | null | undefined)?.trim() || null,
    memberIds,
  };
}
