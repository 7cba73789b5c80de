import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { pathLabel } from '@larnav/api/org';

export interface ScaleUnit {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
}

/**
 * Share of the units at each depth below the municipality: förvaltningar, avdelningar,
 * sektioner, enheter and arbetslag, so that branches end at depth 4 to 6 as in a large kommun.
 */
const DEPTH_SHARES = [0.005, 0.025, 0.1, 0.325, 0.325, 0.22];

/** A uuid drawn from a seed and a key, for data that must come out the same every run. */
export function seededUuid(seed: number, key: string): string {
  const hex = createHash('md5').update(`${seed}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A tree of `count` units, each unit's parent drawn from the level above (fixed pseudo-random).
 * With `idSeed` the ids are drawn from it too, so the whole tree is the same every run.
 */
export function scaleTree(count: number, idSeed?: number): ScaleUnit[] {
  let seed = 42;
  let made = 0;
  const newId = () => (idSeed === undefined ? randomUUID() : seededUuid(idSeed, `unit:${made++}`));
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4_294_967_296;
  const rootId = newId();
  const units: ScaleUnit[] = [{ id: rootId, parentId: null, path: pathLabel(rootId), depth: 0 }];
  let above = [units[0]];
  DEPTH_SHARES.forEach((share, d) => {
    const size = d === DEPTH_SHARES.length - 1 ? count - units.length : Math.max(1, Math.round(share * (count - 1)));
    const level = Array.from({ length: size }, () => {
      const parent = above[Math.floor(random() * above.length)];
      const id = newId();
      return { id, parentId: parent.id, path: `${parent.path}.${pathLabel(id)}`, depth: d + 1 };
    });
    units.push(...level);
    above = level;
  });
  return units;
}

/**
 * Writes the tree and `people` people with their employments in the open tenant transaction,
 * with set-based SQL. Of every hundred people: 70 still in their first post, 15 gone (or on a
 * fixed term), 10 transferred once, 5 part-timers in two units.
 */
export async function writeScaleData(
  em: EntityManager,
  tenantId: string,
  units: ScaleUnit[],
  people: number,
): Promise<void> {
  await em.query(
    `INSERT INTO org_unit (id, tenant_id, parent_id, name, code, path)
     SELECT u.id, $1::uuid, u.parent_id, 'Enhet ' || u.n, 'E' || u.n, u.path::ltree
       FROM unnest($2::uuid[], $3::uuid[], $4::text[]) WITH ORDINALITY AS u(id, parent_id, path, n)`,
    [tenantId, units.map((u) => u.id), units.map((u) => u.parentId), units.map((u) => u.path)],
  );
  await em.query(
    `INSERT INTO person (tenant_id, email, name)
     SELECT $1::uuid, 'person' || i || '@skala.se', 'Person ' || i FROM generate_series(1, $2::int) AS i`,
    [tenantId, people],
  );
  // Staff work in every unit but the municipality itself; `i` spreads them over the units.
  const staffUnits = units.filter((u) => u.depth > 0).map((u) => u.id);
  await em.query(
    `WITH p AS (
       SELECT id, row_number() OVER (ORDER BY email) AS i FROM person
     ), e AS (
       SELECT p.id AS person_id, p.i, p.i % 100 AS kind,
              $2::uuid[] AS units, cardinality($2::uuid[]) AS n,
              DATE '2005-01-01' + ((p.i * 37) % 7300)::int AS first_day
         FROM p
     )
     INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date, end_date)
     SELECT $1::uuid, person_id, units[1 + (i * 7919) % n], 'handläggare', first_day,
            CASE WHEN kind BETWEEN 70 AND 84 THEN first_day + ((i * 13) % 2500)::int
                 WHEN kind BETWEEN 85 AND 94 THEN first_day + 99 + (i % 1500)::int END
       FROM e
     UNION ALL
     SELECT $1::uuid, person_id, units[1 + (i * 7919 + 17) % n], 'handläggare', first_day + 100 + (i % 1500)::int, NULL
       FROM e WHERE kind BETWEEN 85 AND 94
     UNION ALL
     SELECT $1::uuid, person_id, units[1 + (i * 7919 + 31) % n], 'undersköterska', first_day + 30, NULL
       FROM e WHERE kind >= 95`,
    [tenantId, staffUnits],
  );
}
