import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

/** The job roles a rule's author picks from: today's, each once whatever its case, with a head count. */
describe('job roles for rules', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("lists today's job roles once each, ignoring case, and not those of employments that ended", async () => {
    const created = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    const admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
    const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
    const before = (await trainer.get('/api/compliance/job-roles').expect(200)).body.jobRoles as {
      jobRole: string;
      people: number;
    }[];
    const hire = (key: string, jobRole: string, endDate?: string) =>
      admin
        .post('/api/people')
        .send({
          name: `Person ${key}`,
          email: `${key}@stenungsund.se`,
          employment: { orgUnitId: created.rootId, jobRole, startDate: '2020-01-01', ...(endDate ? { endDate } : {}) },
        })
        .expect(201);
    await hire('a', 'Bygglovshandläggare');
    await hire('b', 'bygglovshandläggare');
    await hire('c', 'arkivarie', '2021-12-31');
    const after = (await trainer.get('/api/compliance/job-roles').expect(200)).body.jobRoles as typeof before;
    const count = (list: typeof before, role: string) =>
      list.find((r) => r.jobRole.toLowerCase() === role)?.people ?? 0;
    expect(count(after, 'bygglovshandläggare') - count(before, 'bygglovshandläggare')).toBe(2);
    expect(after.filter((r) => r.jobRole.toLowerCase() === 'bygglovshandläggare')).toHaveLength(1);
    expect(after.some((r) => r.jobRole === 'arkivarie')).toBe(false);
  });
});
