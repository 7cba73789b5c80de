import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt, previousCalendarDate } from '@larnav/contracts';
import { Employment } from './entities/employment.entity';
import { OrgUnit } from './entities/org-unit.entity';
import { PlacementNeed } from './entities/placement-need.entity';

/**
 * Where the identity system (SCIM, later the HR import) says someone works, kept as employments.
 * Changes take effect today in Europe/Stockholm: a change ends the running employment yesterday
 * and starts the new one today, so history stays and no two days disagree. An employment that
 * itself started today is corrected in place: no day of it has passed yet.
 */
@Injectable()
export class PlacementService {
  constructor(private readonly db: TenantDb) {}

  /** The active unit a department names: its code exactly, else its name ignoring case, if unique. */
  async unitForDepartment(em: EntityManager, department: string): Promise<OrgUnit | null> {
    const text = department.trim();
    if (!text) return null;
    const byCode = await em.findOneBy(OrgUnit, { code: text, archivedAt: IsNull() });
    if (byCode) return byCode;
    const byName = await em
      .createQueryBuilder(OrgUnit, 'u')
      .where('lower(u.name) = lower(:text) AND u.archived_at IS NULL', { text })
      .limit(2)
      .getMany();
    return byName.length === 1 ? byName[0] : null;
  }

  /** Employed in `unitId` as `jobRole` from today; what ran before ends yesterday. */
  async place(em: EntityManager, personId: string, unitId: string, jobRole: string, now = new Date()): Promise<void> {
    const today = calendarDateAt(now);
    const running = await this.runningFrom(em, personId, today);
    const current = running.at(-1);
    if (current && current.orgUnitId === unitId && current.jobRole === jobRole && current.startDate <= today) {
      await resolvePlacementNeed(em, personId);
      return;
    }
    if (current && current.startDate >= today) {
      current.orgUnitId = unitId;
      current.jobRole = jobRole;
      await em.save(current);
    } else {
      if (current) {
        current.endDate = previousCalendarDate(today);
        await em.save(current);
      }
      await em.save(
        em.create(Employment, { tenantId: this.db.tenantId(), personId, orgUnitId: unitId, jobRole, startDate: today }),
      );
    }
    await resolvePlacementNeed(em, personId);
  }

  /** The job role of today's employment changes; the unit stays. False when there is none. */
  async changeJobRole(em: EntityManager, personId: string, jobRole: string, now = new Date()): Promise<boolean> {
    const current = (await this.runningFrom(em, personId, calendarDateAt(now))).at(-1);
    if (!current) return false;
    if (current.jobRole !== jobRole) await this.place(em, personId, current.orgUnitId, jobRole, now);
    return true;
  }

  /** Today's employment, if any: its unit and role. */
  async current(em: EntityManager, personId: string, now = new Date()): Promise<Employment | null> {
    return (await this.runningFrom(em, personId, calendarDateAt(now))).at(-1) ?? null;
  }

  /**
   * A leaver: every employment running today or later ends yesterday (one that starts today or
   * later ends on its first day: an end cannot come before the start). Returns how many ended.
   */
  async endAll(em: EntityManager, personId: string, now = new Date()): Promise<number> {
    const yesterday = previousCalendarDate(calendarDateAt(now));
    const running = await this.runningFrom(em, personId, calendarDateAt(now));
    for (const employment of running) {
      employment.endDate = employment.startDate > yesterday ? employment.startDate : yesterday;
    }
    await em.save(running);
    return running.length;
  }

  /**
   * Back after a deactivation: employed again in the unit and role they last held, from today.
   * An employment that ended only yesterday (a deactivation undone the same day) runs on instead,
   * so no day shows them gone. False when they never had an employment.
   */
  async resume(em: EntityManager, personId: string, now = new Date()): Promise<boolean> {
    const today = calendarDateAt(now);
    if (await em.existsBy(Employment, { personId, endDate: IsNull() })) return true;
    const last = await em
      .createQueryBuilder(Employment, 'e')
      .where('e.person_id = :personId', { personId })
      .orderBy('e.end_date', 'DESC', 'NULLS FIRST')
      .addOrderBy('e.start_date', 'DESC')
      .getOne();
    if (!last) return false;
    const unit = await em.findOneBy(OrgUnit, { id: last.orgUnitId, archivedAt: IsNull() });
    if (!unit) return false;
    if (last.endDate !== null && last.endDate >= previousCalendarDate(today)) {
      last.endDate = null;
      await em.save(last);
    } else {
      await this.place(em, personId, last.orgUnitId, last.jobRole, now);
    }
    return true;
  }

  /** Puts (or keeps) the person on the admins' "needs placement" list with this department. */
  async needsPlacement(
    em: EntityManager,
    personId: string,
    department: string,
    jobRole: string | null,
    now = new Date(),
  ): Promise<void> {
    const text = department.trim().slice(0, 200);
    const open = await em.findOneBy(PlacementNeed, { personId });
    if (open && open.resolvedAt === null && open.department === text && open.jobRole === jobRole) return;
    await em.upsert(
      PlacementNeed,
      { tenantId: this.db.tenantId(), personId, department: text, jobRole, reportedAt: now, resolvedAt: null },
      { conflictPaths: ['tenantId', 'personId'] },
    );
  }

  /** The admins' "needs placement" list, oldest first. */
  openNeeds(): Promise<{ personId: string; name: string; email: string; department: string; reportedAt: string }[]> {
    return this.db.transaction((em) =>
      em.query(
        `SELECT n.person_id AS "personId", p.name, p.email, n.department, n.reported_at AS "reportedAt"
           FROM placement_need n JOIN person p ON p.id = n.person_id
          WHERE n.resolved_at IS NULL AND p.deprovisioned_at IS NULL
          ORDER BY n.reported_at, p.name`,
      ),
    );
  }

  private runningFrom(em: EntityManager, personId: string, today: string): Promise<Employment[]> {
    return em
      .createQueryBuilder(Employment, 'e')
      .where('e.person_id = :personId', { personId })
      .andWhere('(e.end_date IS NULL OR e.end_date >= :today)', { today })
      .orderBy('e.start_date')
      .getMany();
  }
}

/** Placing a person (here, or by hire or transfer through the API) takes them off the list. */
export async function resolvePlacementNeed(em: EntityManager, personId: string): Promise<void> {
  await em.update(PlacementNeed, { personId, resolvedAt: IsNull() }, { resolvedAt: new Date() });
}
