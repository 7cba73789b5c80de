import { AssignmentEngine, Requirement } from '@larnav/api/compliance';
import { runAsTenant } from '@larnav/api/db';
import { reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;
type Counts = Record<'population' | 'compliant' | 'inProgress' | 'notStarted' | 'overdue' | 'exempt', number>;

/** A fixed pseudo-random sequence, so a failure replays. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4_294_967_296;
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The coverage engine against a reference written apart, in TypeScript, on generated people
 * (posts, transfers, gaps, completions, attempts) at random days: the reference takes only the
 * assignment engine's per-person requirements and the raw employments and attempts, and counts
 * every unit's subtree itself.
 */
describe('coverage against a reference on generated data', () => {
  let w: World;
  const random = generator(20261206);
  beforeAll(async () => {
    w = await reportingWorld();
    const units = Object.values(w.units).filter((id) => id !== w.units.root);
    const moduleIds = [w.modules.business, w.modules.security];
    for (let i = 0; i < 40; i++) {
      const [{ id: personId }] = await w.t.dataSource.query(
        `INSERT INTO person (tenant_id, email, name) VALUES ($1, $2, $3) RETURNING id`,
        [w.tenantId, `generated${i}@stenungsund.se`, `Generated ${String(i).padStart(2, '0')}`],
      );
      let start = addDays('2024-06-01', random.int(0, 800));
      for (let post = random.int(1, 3); post > 0; post--) {
        const end = random.chance(0.4) ? null : addDays(start, random.int(20, 400));
        await w.t.dataSource.query(
          `INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date, end_date)
           VALUES ($1, $2, $3, 'handläggare', $4, $5)`,
          [w.tenantId, personId, random.pick(units), start, end],
        );
        if (end === null) break;
        // A transfer (the next day) or a gap, then the next post.
        start = addDays(end, random.chance(0.5) ? 1 : random.int(2, 120));
      }
      for (const module of moduleIds) {
        // Half complete the module, a quarter have only begun it, a quarter have done nothing.
        const roll = random.int(0, 3);
        if (roll <= 1) {
          await w.t.dataSource.query(
            `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
             VALUES ($1, $2, $3, $4, $5, 'e-learning')`,
            [
              w.tenantId,
              personId,
              module.id,
              module.versionId,
              `${addDays('2025-01-01', random.int(0, 600))}T10:00:00Z`,
            ],
          );
        } else if (roll === 2) {
          await w.t.dataSource.query(
            `INSERT INTO attempt (tenant_id, person_id, module_id, version_id, state, started_at)
             VALUES ($1, $2, $3, $4, '{}'::jsonb, $5)`,
            [
              w.tenantId,
              personId,
              module.id,
              module.versionId,
              `${addDays('2025-06-01', random.int(0, 500))}T10:00:00Z`,
            ],
          );
        }
      }
    }
  });
  afterAll(() => w.t.close());

  async function reference(asOf: string): Promise<Map<string, Counts>> {
    const engine = w.t.app.get(AssignmentEngine);
    const requirements: Requirement[] = await runAsTenant(w.tenantId, () => engine.requirementsAt(asOf, null));
    const posts: { person_id: string; path: string }[] = await w.t.dataSource.query(
      `SELECT e.person_id, u.path::text AS path FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
        WHERE e.tenant_id = $1 AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date >= $2)`,
      [w.tenantId, asOf],
    );
    const attempts: { person_id: string; module_id: string; started: string; finished: string | null }[] =
      await w.t.dataSource.query(
        `SELECT person_id, module_id, to_char(started_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS started,
                to_char(completed_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS finished
           FROM attempt WHERE tenant_id = $1`,
        [w.tenantId],
      );
    const byPersonModule = new Map<string, Requirement[]>();
    for (const r of requirements) {
      const key = `${r.personId} ${r.moduleId}`;
      byPersonModule.set(key, [...(byPersonModule.get(key) ?? []), r]);
    }
    const counts = new Map<string, Counts>();
    for (const [key, rs] of byPersonModule) {
      const [personId, moduleId] = key.split(' ');
      const units = new Set(
        posts
          .filter((p) => p.person_id === personId)
          .flatMap((p) => p.path.split('.'))
          .map((label) => label.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')),
      );
      if (units.size === 0) continue;
      const due = rs
        .filter((r) => !r.compliant)
        .map((r) => r.effectiveDue)
        .sort()[0];
      const begun = attempts.some(
        (a) =>
          a.person_id === personId &&
          a.module_id === moduleId &&
          a.started <= asOf &&
          (!a.finished || a.finished > asOf),
      );
      const status: keyof Counts = rs.every((r) => r.compliant)
        ? 'compliant'
        : rs.some((r) => r.exempt)
          ? 'exempt'
          : due < asOf
            ? 'overdue'
            : begun
              ? 'inProgress'
              : 'notStarted';
      for (const unit of units) {
        const key2 = `${unit} ${moduleId}`;
        const c = counts.get(key2) ?? {
          population: 0,
          compliant: 0,
          inProgress: 0,
          notStarted: 0,
          overdue: 0,
          exempt: 0,
        };
        c.population++;
        c[status]++;
        counts.set(key2, c);
      }
    }
    return counts;
  }

  it.each(Array.from({ length: 6 }, () => addDays('2026-01-02', random.int(0, 330))))(
    'gives every unit × module the reference numbers on %s',
    async (asOf) => {
      const expected = await reference(asOf);
      const report = (await w.admin.get('/api/reporting/coverage').query({ asOf }).expect(200)).body as {
        nodes: { unitId: string; name: string; modules: (Counts & { moduleId: string })[] }[];
      };
      const empty = { population: 0, compliant: 0, inProgress: 0, notStarted: 0, overdue: 0, exempt: 0 };
      const got = report.nodes.flatMap((n) =>
        n.modules.map((m) => {
          const { population, compliant, inProgress, notStarted, overdue, exempt } = m;
          return [`${n.name} ${m.moduleId}`, { population, compliant, inProgress, notStarted, overdue, exempt }];
        }),
      );
      const want = report.nodes.flatMap((n) =>
        n.modules.map((m) => [`${n.name} ${m.moduleId}`, expected.get(`${n.unitId} ${m.moduleId}`) ?? empty]),
      );
      expect(got).toEqual(want);
      // The reference is not vacuous: the municipality has people in both modules.
      expect([...expected.values()].some((c) => c.population > 10)).toBe(true);
    },
  );
});
