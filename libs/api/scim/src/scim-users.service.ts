import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditLog } from '@larnav/api/audit';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { SessionRegistry } from '@larnav/api/identity';
import { Person, PlacementService } from '@larnav/api/org';
import { calendarDateAt } from '@larnav/contracts';
import { ScimGroupMember } from './entities/scim-group.entity';
import { ScimError } from './scim-error';
import { compileFilter, FilterColumn } from './scim-filter';
import { applyPatch, patchOperations } from './scim-patch-ops';
import { readUser, ScimUserFields, ScimUserView, userResource } from './scim-user.mapper';

/** The job role of someone the identity system placed without a title. */
export const DEFAULT_JOB_ROLE = 'medarbetare';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const USER_COLUMNS: Record<string, FilterColumn> = {
  id: { sql: 'p.id', type: 'id' },
  userName: { sql: 'p.email', type: 'string' },
  'emails.value': { sql: 'p.email', type: 'string' },
  emails: { sql: 'p.email', type: 'string' },
  externalId: { sql: 'p.external_id', type: 'string', caseExact: true },
  displayName: { sql: 'p.name', type: 'string' },
  'name.formatted': { sql: 'p.name', type: 'string' },
  active: { sql: 'p.active', type: 'boolean' },
  employeeNumber: { sql: 'p.employee_number', type: 'string', caseExact: true },
};

/** Who did it and from where, for the audit log. */
export interface ScimCall {
  actor: Actor;
  origin: AuditEntry['origin'];
}

export interface UserPage {
  total: number;
  users: ScimUserView[];
}

/**
 * SCIM Users as Lärnav's people: the person row, today's employment (department → org unit,
 * title → job role), the "needs placement" list for departments no unit matches. Deactivation
 * and deletion end employments and sessions; nothing of the history is removed.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly placement: PlacementService,
    private readonly sessions: SessionRegistry,
    private readonly audit: AuditLog,
  ) {}

  list(filter: string | undefined, startIndex: number, count: number): Promise<UserPage> {
    const compiled = compileFilter(filter, USER_COLUMNS, 2);
    return this.db.transaction(async (em) => {
      const where = `p.deprovisioned_at IS NULL AND ${compiled.where}`;
      const today = calendarDateAt(new Date());
      // $1 (today) is the views' parameter; the count names it too, so the numbering is shared.
      const [{ total }] = await em.query(
        `SELECT count(*)::int AS total FROM person p WHERE $1::date IS NOT NULL AND ${where}`,
        [today, ...compiled.params],
      );
      const users = count === 0 ? [] : await this.views(em, where, [today, ...compiled.params], count, startIndex - 1);
      return { total, users };
    });
  }

  get(id: string): Promise<ScimUserView> {
    return this.db.transaction((em) => this.view(em, id));
  }

  create(body: unknown, call: ScimCall): Promise<ScimUserView> {
    const fields = readUser(body);
    return this.db.transaction(async (em) => {
      const existing = await em.findOneBy(Person, { email: fields.email });
      if (existing && !existing.deprovisionedAt) {
        throw ScimError.taken(`A user with userName ${fields.email} already exists.`);
      }
      // Deleted in the identity system and now back: the same person, with their history.
      const person =
        existing ??
        (await em.save(
          em.create(Person, {
            tenantId: this.db.tenantId(),
            email: fields.email,
            name: fields.name,
            externalId: fields.externalId,
            locale: fields.locale ?? 'sv',
            active: fields.active,
          }),
        ));
      const wasActive = existing ? false : fields.active;
      if (existing) person.deprovisionedAt = null;
      await this.write(em, person, wasActive, fields, true);
      await this.record(call, existing ? 'scim-user-restored' : 'scim-user-created', person.id, fields);
      return this.view(em, person.id);
    });
  }

  async replace(id: string, body: unknown, call: ScimCall): Promise<ScimUserView> {
    return this.update(id, call, () => readUser(body));
  }

  async patch(id: string, body: unknown, call: ScimCall, baseUrl: string): Promise<ScimUserView> {
    const operations = patchOperations(body);
    return this.update(id, call, (current) => readUser(applyPatch(userResource(current, baseUrl), operations)));
  }

  /** SCIM DELETE: out of SCIM's sight and every population, with the history kept. */
  async remove(id: string, call: ScimCall): Promise<void> {
    await this.db.transaction(async (em) => {
      const person = await this.person(em, id);
      await this.placement.endAll(em, person.id);
      await em.delete(ScimGroupMember, { personId: person.id });
      await em.update(Person, { id: person.id }, { active: false, deprovisionedAt: new Date() });
      await this.audit.record({ ...this.entry(call, 'scim-user-deleted', person.id), details: {} });
    });
    await this.sessions.endAllFor(id);
  }

  private async update(
    id: string,
    call: ScimCall,
    read: (current: ScimUserView) => ScimUserFields,
  ): Promise<ScimUserView> {
    const result = await this.db.transaction(async (em) => {
      const current = await this.view(em, id);
      const fields = read(current);
      const person = await this.person(em, id);
      const wasActive = person.active;
      await this.write(em, person, wasActive, fields, false);
      const action =
        wasActive && !fields.active
          ? 'scim-user-deactivated'
          : !wasActive && fields.active
            ? 'scim-user-reactivated'
            : 'scim-user-updated';
      await this.record(call, action, person.id, fields);
      return { view: await this.view(em, id), ended: wasActive && !fields.active };
    });
    // Sessions live outside the tenant's transaction; they end once the deactivation committed.
    if (result.ended) await this.sessions.endAllFor(id);
    return result.view;
  }

  /** The person row, then where they work: one transaction, so a refusal leaves nothing behind. */
  private async write(em: EntityManager, person: Person, wasActive: boolean, fields: ScimUserFields, created: boolean) {
    if (fields.email !== person.email) {
      const taken = await em.findOneBy(Person, { email: fields.email });
      if (taken && taken.id !== person.id) throw ScimError.taken(`Another user has userName ${fields.email}.`);
    }
    const managerId = await this.managerOf(em, fields.managerId, person.id);
    await em.update(
      Person,
      { id: person.id },
      {
        email: fields.email,
        name: fields.name,
        externalId: fields.externalId,
        active: fields.active,
        locale: fields.locale ?? person.locale,
        employeeNumber: fields.employeeNumber,
        managerId,
        deprovisionedAt: person.deprovisionedAt,
      },
    );
    if (!fields.active) {
      if (wasActive || created) await this.placement.endAll(em, person.id);
      return;
    }
    if (!wasActive) await this.placement.resume(em, person.id);
    if (fields.department) {
      const unit = await this.placement.unitForDepartment(em, fields.department);
      if (unit) {
        const current = await this.placement.current(em, person.id);
        await this.placement.place(em, person.id, unit.id, fields.jobRole ?? current?.jobRole ?? DEFAULT_JOB_ROLE);
      } else {
        // Entra ID would retry a refusal for ever: keep the person, and tell an admin.
        await this.placement.needsPlacement(em, person.id, fields.department, fields.jobRole);
        if (fields.jobRole) await this.placement.changeJobRole(em, person.id, fields.jobRole);
      }
    } else if (fields.jobRole) {
      await this.placement.changeJobRole(em, person.id, fields.jobRole);
    }
  }

  /** A manager Lärnav knows, else none: Entra ID may send the manager before provisioning them. */
  private async managerOf(em: EntityManager, managerId: string | null, personId: string): Promise<string | null> {
    if (!managerId || !UUID.test(managerId) || managerId === personId) return null;
    return (await em.existsBy(Person, { id: managerId })) ? managerId : null;
  }

  private async person(em: EntityManager, id: string): Promise<Person> {
    const person = UUID.test(id) ? await em.findOneBy(Person, { id }) : null;
    if (!person || person.deprovisionedAt) throw ScimError.noSuch(`No user with id ${id}.`);
    return person;
  }

  private async view(em: EntityManager, id: string): Promise<ScimUserView> {
    if (!UUID.test(id)) throw ScimError.noSuch(`No user with id ${id}.`);
    const [view] = await this.views(
      em,
      'p.deprovisioned_at IS NULL AND p.id = $2',
      [calendarDateAt(new Date()), id],
      1,
      0,
    );
    if (!view) throw ScimError.noSuch(`No user with id ${id}.`);
    return view;
  }

  /** People as SCIM shows them; $1 is today, for the employment that is (or was last) theirs. */
  private views(
    em: EntityManager,
    where: string,
    params: unknown[],
    limit: number,
    offset: number,
  ): Promise<ScimUserView[]> {
    return em.query(
      `SELECT p.id, p.external_id AS "externalId", p.email, p.name, p.active, p.locale,
              p.employee_number AS "employeeNumber", p.manager_id AS "managerId",
              p.created_at AS "createdAt", p.updated_at AS "updatedAt",
              coalesce(job.job_role, need.job_role) AS "jobRole", coalesce(need.department, u.code) AS department
         FROM person p
         LEFT JOIN LATERAL (
           SELECT e.job_role, e.org_unit_id FROM employment e
            WHERE e.person_id = p.id AND e.start_date <= $1::date
            ORDER BY (e.end_date IS NULL OR e.end_date >= $1::date) DESC, e.end_date DESC NULLS FIRST, e.start_date DESC
            LIMIT 1) job ON TRUE
         LEFT JOIN org_unit u ON u.id = job.org_unit_id
         LEFT JOIN placement_need need ON need.person_id = p.id AND need.resolved_at IS NULL
        WHERE ${where}
        ORDER BY p.created_at, p.id
        LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
  }

  private entry(call: ScimCall, action: string, personId: string): AuditEntry {
    return { action, actor: call.actor, target: { type: 'person', id: personId }, origin: call.origin };
  }

  private record(call: ScimCall, action: string, personId: string, fields: ScimUserFields) {
    // What changed, by attribute name: the values themselves are in the person's own record.
    const details = {
      attributes: Object.entries(fields)
        .filter(([, v]) => v !== null)
        .map(([k]) => k),
    };
    return this.audit.record({ ...this.entry(call, action, personId), details });
  }
}
