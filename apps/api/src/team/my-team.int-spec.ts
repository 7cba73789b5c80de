import { ParsedMail } from 'mailparser';
import { TeamService } from '@larnav/api/org';
import { calendarDateAt, previousCalendarDate } from '@larnav/contracts';
import { startSmtpServer, until } from '../notifications/mail-world';
import { ENTERPRISE, PATCH_SCHEMA } from '../testing/scim-world';
import { createTestApp, TestApp } from '../testing/test-app';
import { teamWorld } from './team-world';

/**
 * Managers (issue 10 part 5): who is in whose team (a unit's chef set by an admin, the SCIM
 * manager link, a transfer out), Mitt team's numbers beside HR's, and reminders read from a
 * real SMTP server.
 */
describe('Mitt team', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let world: Awaited<ReturnType<typeof teamWorld>>;
  const today = calendarDateAt(new Date());

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      config: {
        LARNAV_SMTP_URL: smtp.url,
        LARNAV_MAIL_FROM: 'Lärnav <larnav@test.se>',
        LARNAV_SIGN_IN_RATE_LIMIT: 10_000,
      },
    });
    world = await teamWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const teamOf = (key: string, date = today) =>
    world.inTenant(() => t.app.get(TeamService).teamOf(world.people[key], date));
  const names = (ids: string[]) =>
    Object.entries(world.people)
      .filter(([, id]) => ids.includes(id))
      .map(([key]) => key)
      .sort();
  const sent = async (): Promise<ParsedMail[]> => {
    await until(async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_mail WHERE status <> 'sent'`);
      return n === 0;
    }, 'every mail sent');
    return smtp.received;
  };
  const to = (address: string) => (mail: ParsedMail) =>
    !!mail.to && !Array.isArray(mail.to) && mail.to.text === address;

  it("makes the chef's team the people placed in the unit, and shows the unit's chef on its page", async () => {
    expect(names(await teamOf('sara'))).toEqual(['anna', 'bo', 'karin', 'maria']);
    const page = (await world.admin.get(`/api/org-units/${world.units.bygglov}`).expect(200)).body;
    expect(page.manager).toEqual({
      id: world.people.sara,
      name: 'Sara Lindqvist',
      email: 'sara.lindqvist@stenungsund.se',
    });
    expect((await world.sara.get('/api/auth/me').expect(200)).body.managesTeam).toBe(true);
    expect((await world.maria.get('/api/auth/me').expect(200)).body.managesTeam).toBe(false);
    const [audit] = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'unit-manager-set' AND target_id = $1`,
      [world.units.bygglov],
    );
    expect(audit.details.managerId).toBe(world.people.sara);
  });

  it('gives a förvaltning chief the whole subtree, and refuses the chef route to anyone but an admin', async () => {
    await world.admin
      .put(`/api/org-units/${world.units.sbf}/manager`)
      .send({ personId: world.people.anders })
      .expect(200);
    expect(names(await teamOf('anders'))).toEqual(['anna', 'bo', 'david', 'karin', 'maria', 'sara']);
    await world.sara.put(`/api/org-units/${world.units.sbf}/manager`).send({ personId: world.people.sara }).expect(403);
    const unknown = await world.admin
      .put(`/api/org-units/${world.units.sbf}/manager`)
      .send({ personId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(unknown.body.code).toBe('person_not_found');
    await world.admin.put(`/api/org-units/${world.units.sbf}/manager`).send({ personId: null }).expect(200);
    expect(await teamOf('anders')).toEqual([]);
  });

  it('adds the people whose SCIM manager is the chef, wherever they work', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const token = (
      await world.admin
        .post('/api/admin/tokens')
        .send({ name: 'Entra', scopes: ['scim'], expiresAt })
        .expect(201)
    ).body.token;
    await t
      .at(world.host)
      .patch(`/scim/v2/Users/${world.people.cecilia}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/scim+json')
      .send({
        schemas: [PATCH_SCHEMA],
        Operations: [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: world.people.sara } }],
      })
      .expect(200);
    expect(names(await teamOf('sara'))).toEqual(['anna', 'bo', 'cecilia', 'karin', 'maria']);
    const cecilia = await world.inTenant(() => t.app.get(TeamService).managerOf(world.people.cecilia, today));
    expect(cecilia?.id).toBe(world.people.sara);
  });

  it('gives the same numbers as HR for the same people, and the drill-down lists only the team', async () => {
    // Cecilia (KSF) came in by the SCIM link; HR's Bygglov is Karin, Maria, Anna and Bo.
    await t.dataSource.query(`UPDATE person SET manager_id = NULL WHERE id = $1`, [world.people.cecilia]);
    const hr = (await world.admin.get('/api/reporting/coverage').query({ orgUnitId: world.units.bygglov }).expect(200))
      .body;
    const mine = (await world.sara.get('/api/my-team').expect(200)).body;
    expect(mine.manages).toBe(true);
    expect(mine.size).toBe(4);
    expect(mine.totals).toEqual(hr.nodes[0].modules);
    expect(mine.totals[0]).toMatchObject({ population: 4, compliant: 1, overdue: 3, percentage: 25 });
    const overdue = (await world.sara.get('/api/my-team/people').query({ status: 'overdue' }).expect(200)).body;
    expect(overdue.people.map((p: { name: string }) => p.name)).toEqual(['Bo Berg', 'Karin Sjöberg', 'Maria Ekström']);
    expect(overdue.people[0]).toMatchObject({ status: 'overdue', dueDate: '2024-03-01', overdueSince: '2024-03-02' });
    // Someone who manages no one sees an empty team, not someone else's.
    const nobody = (await world.maria.get('/api/my-team').expect(200)).body;
    expect(nobody).toMatchObject({ manages: false, size: 0, totals: [] });
    expect((await world.maria.get('/api/my-team/people').expect(200)).body.people).toEqual([]);
  });

  it('leaves the team the day after a transfer out of the unit, and keeps the past as it was', async () => {
    await world.admin
      .post(`/api/people/${world.people.maria}/transfer`)
      .send({ toOrgUnitId: world.units.ksf, date: today })
      .expect(200);
    expect(names(await teamOf('sara'))).toEqual(['anna', 'bo', 'karin']);
    expect(names(await teamOf('sara', previousCalendarDate(today)))).toEqual(['anna', 'bo', 'karin', 'maria']);
    expect((await world.sara.get('/api/my-team').expect(200)).body.size).toBe(3);
  });

  it('mails a reminder to someone behind, in their language, once a day, audited', async () => {
    const remind = (personId: string) =>
      world.sara.post('/api/my-team/reminders').send({ personId, moduleId: world.moduleId });
    const first = (await remind(world.people.bo).expect(201)).body;
    expect(first).toMatchObject({ personId: world.people.bo, sentOn: today });
    const mail = (await sent()).filter(to('bo@stenungsund.se'));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('Reminder from Sara Lindqvist: Information security');
    expect(mail[0].text).toContain('was due 2024-03-01');
    expect(mail[0].text).toContain(`https://stenungsund.test/my-training/${world.moduleId}`);
    expect((await remind(world.people.bo).expect(409)).body.code).toBe('reminder_already_sent');
    const karin = (await sent()).length;
    await remind(world.people.karin).expect(201);
    const swedish = (await sent()).slice(karin).find(to('karin.sjoberg@stenungsund.se'));
    expect(swedish?.subject).toBe('Påminnelse från Sara Lindqvist: Informationssäkerhet');
    expect((await sent()).filter(to('bo@stenungsund.se'))).toHaveLength(1);
    // Anna has done it: nothing to remind of.
    expect((await remind(world.people.anna).expect(422)).body.code).toBe('reminder_not_needed');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'team-reminder-sent' AND actor_person_id = $1`,
      [world.people.sara],
    );
    expect(n).toBe(2);
  });

  it("answers 404 for anyone outside the manager's team: another unit's person, another municipality's", async () => {
    const outside = await world.sara
      .post('/api/my-team/reminders')
      .send({ personId: world.people.david, moduleId: world.moduleId })
      .expect(404);
    expect(outside.body.code).toBe('team_member_not_found');
    // Maria moved to KSF today: no longer Sara's.
    await world.sara
      .post('/api/my-team/reminders')
      .send({ personId: world.people.maria, moduleId: world.moduleId })
      .expect(404);
    const tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
    const [{ id: erik }] = await t.dataSource.query(
      `INSERT INTO person (tenant_id, email, name) VALUES ($1, 'erik@tjorn.se', 'Erik Olausson') RETURNING id`,
      [tjorn.tenant.id],
    );
    const elsewhere = await world.sara
      .post('/api/my-team/reminders')
      .send({ personId: erik, moduleId: world.moduleId })
      .expect(404);
    expect(elsewhere.body.code).toBe('team_member_not_found');
    const listed = (await world.sara.get('/api/my-team/people').expect(200)).body.people.map(
      (p: { personId: string }) => p.personId,
    );
    expect(listed).not.toContain(world.people.david);
    expect(listed).not.toContain(erik);
  });
});
