import { Injectable } from '@nestjs/common';
import { OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { EmploymentResponse, PersonResponse, UnitPeopleResponse } from './dto/employment.dto';
import { EmploymentService } from './employment.service';
import { EMPLOYED_ON } from './head-count.queries';
import { OrgUnitService } from './org-unit.service';
import { assertPersonInScope, assertUnitInScope } from './org-scope.queries';

/** Who worked where, and when. */
@Injectable()
export class PeopleQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly units: OrgUnitService,
    private readonly employments: EmploymentService,
  ) {}

  /** The people employed anywhere in a unit's subtree on a calendar date. */
  inSubtree(
    unitId: string,
    at: string,
    page: { limit: number; offset: number },
    scope: OrgScope,
  ): Promise<UnitPeopleResponse> {
    return this.db.transaction(async (em) => {
      const unit = await this.units.unit(em, unitId);
      await assertUnitInScope(em, unit.path, scope);
      const from = `FROM employment e
          JOIN org_unit u ON u.id = e.org_unit_id
          JOIN person p ON p.id = e.person_id
         WHERE u.path <@ $1::ltree AND ${EMPLOYED_ON('e', '$2::date')}`;
      const [{ total }] = await em.query(`SELECT count(*)::int AS total ${from}`, [unit.path, at]);
      const people = await em.query(
        `SELECT p.id AS "personId", p.name, p.email, e.id AS "employmentId", e.org_unit_id AS "orgUnitId",
                u.name AS "orgUnitName", e.job_role AS "jobRole", e.start_date AS "startDate", e.end_date AS "endDate"
           ${from}
          ORDER BY p.name, p.id, e.start_date
          LIMIT $3 OFFSET $4`,
        [unit.path, at, page.limit, page.offset],
      );
      return { at, total, people };
    });
  }

  /** A person with every employment they have held, oldest first. */
  history(personId: string, scope: OrgScope): Promise<PersonResponse> {
    return this.db.transaction(async (em) => {
      const person = await this.employments.person(em, personId);
      await assertPersonInScope(em, person.id, scope);
      const employments: EmploymentResponse[] = await em.query(
        `SELECT e.id, e.org_unit_id AS "orgUnitId", u.name AS "orgUnitName", e.job_role AS "jobRole",
                e.start_date AS "startDate", e.end_date AS "endDate"
           FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
          WHERE e.person_id = $1
          ORDER BY e.start_date, u.name`,
        [person.id],
      );
      return {
        id: person.id,
        name: person.name,
        email: person.email,
        externalId: person.externalId,
        active: person.active,
        employments,
      };
    });
  }
}
