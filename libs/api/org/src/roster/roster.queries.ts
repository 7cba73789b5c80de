import type { EntityManager } from 'typeorm';
import type { Roster } from './roster';

/** The municipality's staff in four set-based reads (row-level security confines them to it). */
export async function readRoster(em: EntityManager, today: string): Promise<Roster> {
  // One after another: a transaction is one connection, which runs one statement at a time.
  const people = await em.query(`SELECT id, employee_number AS "employeeNumber", email, name FROM person ORDER BY id`);
  const employments = await em.query(
    `SELECT id, person_id AS "personId", org_unit_id AS "orgUnitId", job_role AS "jobRole",
              start_date AS "startDate", end_date AS "endDate"
         FROM employment WHERE end_date IS NULL OR end_date >= $1 ORDER BY person_id, start_date, id`,
    [today],
  );
  const lastEnds = await em.query(
    `SELECT person_id AS "personId", max(end_date) AS "lastEnd" FROM employment WHERE end_date < $1 GROUP BY person_id`,
    [today],
  );
  const units = await em.query(`SELECT id, code, name, archived_at IS NOT NULL AS archived FROM org_unit ORDER BY id`);
  return {
    people,
    employments,
    lastEndByPerson: new Map(
      (lastEnds as { personId: string; lastEnd: string }[]).map((row) => [row.personId, row.lastEnd]),
    ),
    units,
  };
}
