import { DataSource } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { OrgUnit, Person } from '@larnav/api/org';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

/**
 * Two municipalities on one installation. Each is reached at its own address; neither can see
 * or touch the other's rows, even with a query that forgets to filter: PostgreSQL's row-level
 * security refuses it, not the code.
 */
describe('tenants are kept apart', () => {
  let t: TestApp;
  let stenungsund: Awaited<ReturnType<TestApp['createTenant']>>;
  let tjorn: Awaited<ReturnType<TestApp['createTenant']>>;
  let tjornUnit: string;
  let tjornPerson: string;
  let admin: ReturnType<TestApp['as']>;
  let adminSession: Awaited<ReturnType<TestApp['signIn']>>;

  beforeAll(async () => {
    t = await createTestApp();
    stenungsund = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
    ({ tjornUnit, tjornPerson } = await t.asTenant(tjorn.tenant.id, async ({ units, employments }) => {
      const unit = await units.create({ parentId: tjorn.rootId, name: 'Bygglov', code: 'BYGG' });
      const { person } = await employments.hire({
        name: 'Tove Tjörn',
        email: 'tove@tjorn.se',
        employment: { orgUnitId: unit.id, jobRole: 'handläggare', startDate: '2025-01-01' },
      });
      return { tjornUnit: unit.id, tjornPerson: person.id };
    }));
    adminSession = await t.signIn(stenungsund.host, ACCOUNT.admin);
    admin = t.as(adminSession);
  });
  afterAll(() => t.close());

  it('tells each address its own municipality', async () => {
    expect((await t.at(stenungsund.host).get('/api/tenant').expect(200)).body.name).toBe('Stenungsunds kommun');
    expect((await t.at(tjorn.host).get('/api/tenant').expect(200)).body.name).toBe('Tjörns kommun');
  });

  it("does not honour one municipality's session at another's address", async () => {
    await t
      .as({ ...adminSession, host: tjorn.host })
      .get('/api/org-units/tree')
      .expect(401);
    await t
      .as({ ...adminSession, host: tjorn.host })
      .get('/api/auth/me')
      .expect(401);
  });

  it("refuses a person of another municipality's directory (another Entra tenant id)", async () => {
    // Erik's token carries Tjörn's directory id; Stenungsund accepts only its own.
    await expect(t.signIn(stenungsund.host, ACCOUNT.tjornCaseworker)).rejects.toThrow(/did not complete/);
  });

  it("shows only the municipality's own tree", async () => {
    const { body } = await admin.get('/api/org-units/tree').expect(200);
    expect(body.units.map((u: { name: string }) => u.name)).toEqual(['Stenungsunds kommun']);
  });

  it("answers 404 for another municipality's unit and person, as if they did not exist", async () => {
    const api = admin;
    expect((await api.get(`/api/org-units/${tjornUnit}/people`).expect(404)).body.code).toBe('org_unit_not_found');
    expect((await api.get(`/api/people/${tjornPerson}`).expect(404)).body.code).toBe('person_not_found');
    await api.post(`/api/org-units/${tjornUnit}/archive`).expect(404);
    await api.patch(`/api/org-units/${tjornUnit}`).send({ name: 'Kapad' }).expect(404);
  });

  it("refuses to place anyone in another municipality's unit, or a unit under its tree", async () => {
    const api = admin;
    await api
      .post('/api/people')
      .send({
        name: 'Sven Smyg',
        email: 'sven@stenungsund.se',
        employment: { orgUnitId: tjornUnit, jobRole: 'x', startDate: '2025-01-01' },
      })
      .expect(404);
    await api.post('/api/org-units').send({ parentId: tjorn.rootId, name: 'Smyg', code: 'SMYG' }).expect(404);
    await api
      .post(`/api/people/${tjornPerson}/transfer`)
      .send({ toOrgUnitId: stenungsund.rootId, date: '2026-01-01' })
      .expect(404);
  });

  it('answers 404 unknown_tenant at an address no municipality has', async () => {
    const { body } = await t.at('nowhere.test').get('/api/org-units/tree').expect(404);
    expect(body.code).toBe('unknown_tenant');
  });

  describe('in the database itself', () => {
    const asStenungsund = <T>(work: (db: TenantDb) => Promise<T>) =>
      t.asTenant(stenungsund.tenant.id, () => work(t.app.get(TenantDb)));

    it('hides other tenants from a query with no tenant filter at all', async () => {
      const rows = await asStenungsund((db) => db.transaction((em) => em.query('SELECT tenant_id FROM org_unit')));
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r: { tenant_id: string }) => r.tenant_id))).toEqual(new Set([stenungsund.tenant.id]));
      const people = await asStenungsund((db) => db.transaction((em) => em.find(Person)));
      expect(people.map((p) => p.email)).not.toContain('tove@tjorn.se');
    });

    it("refuses to write a row into another tenant's data", async () => {
      await expect(
        asStenungsund((db) =>
          db.transaction((em) =>
            em.query(`INSERT INTO person (tenant_id, email, name) VALUES ($1, 'intrang@x.se', 'Intrång')`, [
              tjorn.tenant.id,
            ]),
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it("cannot change another tenant's rows even by id", async () => {
      const result = await asStenungsund((db) =>
        db.transaction((em) => em.query(`UPDATE org_unit SET name = 'Kapad' WHERE id = $1`, [tjornUnit])),
      );
      expect(result[1]).toBe(0);
      const unit = await t.asTenant(tjorn.tenant.id, () =>
        t.app.get(TenantDb).transaction((em) => em.findOneByOrFail(OrgUnit, { id: tjornUnit })),
      );
      expect(unit.name).toBe('Bygglov');
    });

    it('gives no rows at all outside a tenant scope, even to the connecting role through the app role', async () => {
      const dataSource = t.app.get(DataSource);
      const rows = await dataSource.transaction(async (em) => {
        await em.query('SET LOCAL ROLE larnav_app');
        return em.query('SELECT id FROM org_unit');
      });
      expect(rows).toEqual([]);
    });

    it('refuses tenant data to code that forgot to name a tenant', async () => {
      await expect(t.app.get(TenantDb).transaction((em) => em.find(OrgUnit))).rejects.toMatchObject({
        code: 'unknown_tenant',
      });
    });
  });
});
