import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';

/** Whom a booking approval or a mail about a team member goes to. */
export interface TeamManager {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/**
 * Placed on the day (an employment valid then) in a subtree of a unit the manager is chef of, or
 * linked to them by the identity system's `manager` (SCIM): the two ways a municipality says who
 * answers for whom. Never the manager themself.
 */
const TEAM_ON = `
  SELECT DISTINCT e.person_id
    FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
   WHERE e.start_date <= $2::date AND (e.end_date IS NULL OR e.end_date >= $2::date)
     AND e.person_id <> $1
     AND (u.path <@ ARRAY(SELECT m.path FROM org_unit m WHERE m.manager_id = $1)
          OR e.person_id IN (SELECT p.id FROM person p WHERE p.manager_id = $1))`;

/**
 * Who manages whom: the one answer every area uses (Mitt team, reminders, booking approval).
 *
 * A manager's team is everyone placed today in the units they are chef of, with those units'
 * whole subtrees (a förvaltningschef answers for the förvaltning, a unit chef for any sub-units
 * below it), plus everyone whose identity-system manager they are, wherever those people work.
 * A transfer out of the unit or leaving ends membership the day the employment ends; a past date
 * gives the team as it was.
 */
@Injectable()
export class TeamService {
  constructor(private readonly db: TenantDb) {}

  /** The ids of the people in the manager's team on `date` (a Stockholm calendar date). */
  teamOf(managerId: string, date: string): Promise<string[]> {
    return this.db.transaction(async (em) => {
      const rows: { person_id: string }[] = await em.query(TEAM_ON, [managerId, date]);
      return rows.map((r) => r.person_id);
    });
  }

  /** Whether the person manages anyone on `date`: who is shown "Mitt team". */
  managesAnyone(managerId: string, date: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const [row] = await em.query(`SELECT EXISTS (${TEAM_ON}) AS manages`, [managerId, date]);
      return row.manages === true;
    });
  }

  /** Refuses, with 404, a person outside the manager's team: a manager learns nothing of anyone else. */
  async assertInTeam(managerId: string, personId: string, date: string): Promise<void> {
    const inside = await this.db.transaction(async (em) => {
      const [row] = await em.query(`SELECT $3::uuid IN (${TEAM_ON}) AS inside`, [managerId, date, personId]);
      return row.inside === true;
    });
    if (!inside) {
      throw DomainError.notFound(ProblemCode.TeamMemberNotFound, `No one with id ${personId} is in your team.`);
    }
  }

  /**
   * The person's manager on `date`: their identity-system manager, else the chef of the nearest
   * unit above any post they hold (their own unit first; never themself). Null when none is known
   * or the manager can no longer sign in.
   */
  managerOf(personId: string, date: string, em?: EntityManager): Promise<TeamManager | null> {
    const run = async (m: EntityManager) => {
      const [linked]: TeamManager[] = await m.query(
        `SELECT b.id, b.name, b.email, b.locale FROM person p JOIN person b ON b.id = p.manager_id
          WHERE p.id = $1 AND b.active AND b.deprovisioned_at IS NULL`,
        [personId],
      );
      if (linked) return linked;
      const [chef]: TeamManager[] = await m.query(
        `SELECT b.id, b.name, b.email, b.locale
           FROM employment e
           JOIN org_unit u ON u.id = e.org_unit_id
           JOIN org_unit a ON u.path <@ a.path
           JOIN person b ON b.id = a.manager_id AND b.active AND b.deprovisioned_at IS NULL
          WHERE e.person_id = $1 AND e.start_date <= $2::date AND (e.end_date IS NULL OR e.end_date >= $2::date)
            AND a.manager_id <> $1
          ORDER BY nlevel(a.path) DESC, a.name, b.id
          LIMIT 1`,
        [personId, date],
      );
      return chef ?? null;
    };
    return em ? run(em) : this.db.transaction(run);
  }
}
