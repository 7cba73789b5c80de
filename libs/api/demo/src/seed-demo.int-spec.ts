import { DataSource } from 'typeorm';
import { dataSourceOptions, runAsTenant, TenantDb } from '@larnav/api/db';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { HeadCountQueries, ORG_ENTITIES } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES } from '@larnav/api/tenancy';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_HISTORY, DEMO_MUNICIPALITIES } from './demo-municipalities';
import { seedDemo, seedMunicipality } from './seed-demo';

interface Connection {
  dataSource: DataSource;
  db: TenantDb;
  tenantId(slug: string): Promise<string>;
  /** Runs SQL in one municipality's scope, under row-level security as the API does. */
  query<T>(slug: string, sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function connect(url: string): Promise<Connection> {
  const dataSource = new DataSource(dataSourceOptions(url, [...TENANCY_ENTITIES, ...ORG_ENTITIES]));
  await dataSource.initialize();
  const db = new TenantDb(dataSource);
  const tenantId = async (slug: string) => (await dataSource.getRepository(Tenant).findOneByOrFail({ slug })).id;
  return {
    dataSource,
    db,
    tenantId,
    query: async (slug, sql, params) => {
      const id = await tenantId(slug);
      return runAsTenant(id, () => db.transaction((em) => em.query(sql, params)));
    },
    close: () => dataSource.destroy(),
  };
}

/** Everything a person would see of a municipality, without the generated ids. */
async function contents(connection: Connection, slug: string) {
  const [units, employments] = await Promise.all([
    connection.query(
      slug,
      `SELECT u.code, u.name, p.code AS parent FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY u.code`,
    ),
    connection.query(
      slug,
      `SELECT p.name, p.email, u.code, e.job_role, e.start_date, e.end_date
         FROM employment e JOIN person p ON p.id = e.person_id JOIN org_unit u ON u.id = e.org_unit_id
        ORDER BY p.email, e.start_date, u.code`,
    ),
  ]);
  return { units, employments };
}

async function counts(connection: Connection, slug: string) {
  const [row] = await connection.query<{ units: number; people: number; employments: number }>(
    slug,
    `SELECT (SELECT count(*)::int FROM org_unit) AS units, (SELECT count(*)::int FROM person) AS people,
            (SELECT count(*)::int FROM employment) AS employments,
            (SELECT count(*)::int FROM module_version) AS versions, (SELECT count(*)::int FROM lesson) AS lessons`,
  );
  return row;
}

describe('seedDemo', () => {
  let database: TestDatabase;
  let connection: Connection;

  beforeAll(async () => {
    database = await createTestDatabase();
    const reports = await seedDemo(database.url);
    expect(reports.map((r) => [r.slug, r.seeded])).toEqual([
      ['stenungsund', true],
      ['tjorn', true],
    ]);
    connection = await connect(database.url);
    // Two whole municipalities with three years of turnover: well past 30 s on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await connection?.close();
    await database?.drop();
  });

  it('changes nothing when run again', async () => {
    const before = [await counts(connection, 'stenungsund'), await counts(connection, 'tjorn')];
    const reports = await seedDemo(database.url);
    expect(reports.map((r) => r.seeded)).toEqual([false, false]);
    expect([await counts(connection, 'stenungsund'), await counts(connection, 'tjorn')]).toEqual(before);
  });

  it('writes the same municipalities into every database', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.url);
      const otherConnection = await connect(other.url);
      try {
        for (const slug of ['stenungsund', 'tjorn']) {
          expect(await contents(otherConnection, slug)).toEqual(await contents(connection, slug));
        }
      } finally {
        await otherConnection.close();
      }
    } finally {
      await other.drop();
    }
  });

  it('gives each municipality published modules, Stenungsund sharing the business-perspective one', async () => {
    const modules = (slug: string) =>
      connection.query<{ title: string; status: string; sharing: string; lessons: number }>(
        slug,
        `SELECT v.title, v.status, m.sharing, (SELECT count(*)::int FROM lesson l WHERE l.version_id = v.id) AS lessons
           FROM training_module m JOIN module_version v ON v.module_id = m.id ORDER BY v.title`,
      );
    expect(await modules('stenungsund')).toEqual([
      { title: 'Företagarperspektiv i myndighetsutövning', status: 'published', sharing: 'region', lessons: 5 },
      { title: 'Informationssäkerhet i vardagen', status: 'published', sharing: 'private', lessons: 3 },
      { title: 'Introduktion för nya medarbetare', status: 'published', sharing: 'private', lessons: 3 },
    ]);
    expect((await modules('tjorn')).map((m) => [m.title, m.sharing])).toEqual([
      ['Informationssäkerhet i vardagen', 'private'],
      ['Introduktion för nya medarbetare', 'private'],
    ]);
  });

  it('gives Stenungsund about 300 people, with the demo accounts where they are expected', async () => {
    const { units, people } = await counts(connection, 'stenungsund');
    expect(units).toBe(27);
    expect(people).toBeGreaterThan(280);
    expect(people).toBeLessThan(330);
    const { caseworker, hrOfficer } = DEMO_ACCOUNTS;
    const posts = await connection.query<{ email: string; code: string; job_role: string }>(
      'stenungsund',
      `SELECT p.email, u.code, e.job_role FROM person p JOIN employment e ON e.person_id = p.id
         JOIN org_unit u ON u.id = e.org_unit_id WHERE p.email = ANY($1) ORDER BY p.email`,
      [[caseworker.email, hrOfficer.email]],
    );
    expect(posts).toEqual([
      { email: hrOfficer.email, code: 'SBF', job_role: 'HR-partner' },
      { email: caseworker.email, code: 'SBF-BYGG', job_role: 'bygglovshandläggare' },
    ]);
    // Lena Holm is the chef of Bygglov: her Mitt team is its staff.
    const chefs = await connection.query<{ code: string; email: string }>(
      'stenungsund',
      `SELECT u.code, p.email FROM org_unit u JOIN person p ON p.id = u.manager_id ORDER BY u.code`,
    );
    expect(chefs).toEqual([{ code: 'SBF-BYGG', email: DEMO_ACCOUNTS.unitManager.email }]);
  });

  it('requires training by rules, with a share of it done, and the demo accounts untouched', async () => {
    const rules = await connection.query<{ name: string; code: string | null }>(
      'stenungsund',
      `SELECT r.name, u.code FROM assignment_rule r LEFT JOIN org_unit u ON u.id = r.target_org_unit_id ORDER BY r.name`,
    );
    expect(rules).toEqual([
      { name: 'Företagarperspektiv för myndighetsutövning', code: 'SBF' },
      { name: 'Informationssäkerhet varje år', code: null },
      { name: 'Introduktion för alla nyanställda', code: null },
    ]);
    const done = await connection.query<{ title: string; n: number; last: string }>(
      'stenungsund',
      `SELECT v.title, count(*)::int AS n, max((c.completed_at AT TIME ZONE 'Europe/Stockholm')::date)::text AS last
         FROM completion c JOIN module_version v ON v.id = c.version_id GROUP BY v.title ORDER BY v.title`,
    );
    expect(done.map((d) => d.title)).toEqual([
      'Företagarperspektiv i myndighetsutövning',
      'Informationssäkerhet i vardagen',
      'Introduktion för nya medarbetare',
    ]);
    // Everyone in the municipality is required the security module; about 70 % have done it.
    const security = done.find((d) => d.title === 'Informationssäkerhet i vardagen')!;
    expect(security.n).toBeGreaterThan(150);
    expect(security.n).toBeLessThan(260);
    expect(done.every((d) => d.last < DEMO_HISTORY.to)).toBe(true);
    const untouched = await connection.query<{ n: number }>(
      'stenungsund',
      `SELECT count(*)::int AS n FROM completion c JOIN person p ON p.id = c.person_id WHERE p.email = ANY($1)`,
      [Object.values(DEMO_ACCOUNTS).map((a) => a.email)],
    );
    expect(untouched).toEqual([{ n: 0 }]);
    expect((await connection.query('tjorn', `SELECT name FROM assignment_rule`)).length).toBe(2);
  });

  it('has exactly one rehire: someone who left and later came back', async () => {
    // A rehire starts an employment when none of the person's others ran the day before.
    const rehires = await connection.query(
      'stenungsund',
      `SELECT e.person_id FROM employment e
        WHERE EXISTS (SELECT 1 FROM employment o WHERE o.person_id = e.person_id AND o.start_date < e.start_date)
          AND NOT EXISTS (SELECT 1 FROM employment o WHERE o.person_id = e.person_id AND o.id <> e.id
                             AND o.start_date < e.start_date AND (o.end_date IS NULL OR o.end_date >= e.start_date - 1))`,
    );
    expect(rehires).toHaveLength(1);
  });

  it('has part-timers holding two posts in different units today', async () => {
    const partTimers = await connection.query<{ units: number }>(
      'stenungsund',
      `SELECT count(DISTINCT org_unit_id)::int AS units FROM employment
        WHERE start_date <= $1 AND (end_date IS NULL OR end_date >= $1)
        GROUP BY person_id HAVING count(*) > 1`,
      [DEMO_HISTORY.to],
    );
    expect(partTimers.length).toBeGreaterThanOrEqual(2);
    expect(partTimers.every((p) => p.units === 2)).toBe(true);
  });

  it("keeps Tjörn's rows out of Stenungsund's scope", async () => {
    const tjorn = await connection.tenantId('tjorn');
    const [seen] = await connection.query<{ units: number; people: number; employments: number }>(
      'stenungsund',
      `SELECT (SELECT count(*)::int FROM org_unit WHERE tenant_id = $1) AS units,
              (SELECT count(*)::int FROM person WHERE tenant_id = $1 OR email LIKE '%@tjorn.se') AS people,
              (SELECT count(*)::int FROM employment WHERE tenant_id = $1) AS employments`,
      [tjorn],
    );
    expect(seen).toEqual({ units: 0, people: 0, employments: 0 });
    const tjornCounts = await counts(connection, 'tjorn');
    expect(tjornCounts.people).toBeGreaterThan(24);
    expect(tjornCounts.people).toBeLessThan(80);
  });

  it('has head counts that differ between the start of the history and today', async () => {
    const headCounts = new HeadCountQueries();
    const tenantId = await connection.tenantId('stenungsund');
    const [then, now] = await runAsTenant(tenantId, () =>
      connection.db.transaction(async (em) => {
        const [{ path }] = await em.query(`SELECT path::text FROM org_unit WHERE parent_id IS NULL`);
        return Promise.all([
          headCounts.subtree(em, path, DEMO_HISTORY.from),
          headCounts.subtree(em, path, DEMO_HISTORY.to),
        ]);
      }),
    );
    expect(then).toBeGreaterThan(200);
    expect(now).not.toBe(then);
  });

  it('counts every unit of the whole tree as its own subtree count does, part-timers once', async () => {
    const headCounts = new HeadCountQueries();
    const tenantId = await connection.tenantId('stenungsund');
    for (const at of [DEMO_HISTORY.from, '2025-06-15', DEMO_HISTORY.to]) {
      const mismatches = await runAsTenant(tenantId, () =>
        connection.db.transaction(async (em) => {
          const tree = await headCounts.tree(em, at);
          const paths: { id: string; path: string }[] = await em.query(`SELECT id, path::text FROM org_unit`);
          const wrong: string[] = [];
          for (const { id, path } of paths) {
            const expected = await headCounts.subtree(em, path, at);
            const unit = tree.find((u) => u.id === id);
            if (unit?.headCount !== expected) wrong.push(`${unit?.name} on ${at}: ${unit?.headCount} ≠ ${expected}`);
          }
          return wrong;
        }),
      );
      expect(mismatches).toEqual([]);
    }
  });

  it('leaves nothing behind when seeding a municipality fails halfway', async () => {
    const [stenungsund] = DEMO_MUNICIPALITIES;
    const broken = {
      ...stenungsund,
      slug: 'trasig',
      hostnames: ['trasig.localhost'],
      // A well-known person in a unit that does not exist, hired after most of the staff.
      plan: {
        ...stenungsund.plan,
        wellKnown: [{ name: 'Nils Saknad', unitCode: 'FINNS-INTE', jobRole: 'handläggare', startDate: '2025-01-15' }],
      },
    };
    const peopleBefore = await connection.dataSource.query(`SELECT count(*)::int AS n FROM person`);
    await expect(seedMunicipality(connection.dataSource, broken)).rejects.toThrow(/FINNS-INTE/);
    expect(await connection.dataSource.getRepository(Tenant).findOneBy({ slug: 'trasig' })).toBeNull();
    expect(await connection.dataSource.query(`SELECT count(*)::int AS n FROM person`)).toEqual(peopleBefore);
  });
});
