import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { runAsTenant, TenantDb } from '@larnav/api/db';
import { devIdpGroupId } from '@larnav/api/demo';
import { Mailer } from '@larnav/api/notifications';
import { mediaHeads } from '@larnav/api/storage/testing';
import { TOKEN_SCOPES } from '@larnav/contracts';
import { SignedInSession } from '../../apps/api/src/testing/oidc-sign-in';
import { ACCOUNT, TEST_IDP, TestApp } from '../../apps/api/src/testing/test-app';
import { quizLesson, textLesson } from '../../apps/api/src/catalog/catalog-fixtures';
import { MISSING_ID, SweepFixtures } from './cases';
import { OpenApiDocument } from './openapi';
import { RecordedChange, SweepCaller, SweepTarget } from './sweep';

export const OPENAPI_PATH = join(__dirname, '../../libs/web/api-client/openapi.json');

/**
 * Infrastructure that changes on any request and belongs to no one's data: sessions are touched
 * to extend their idle timeout, rate-limit counters count refused attempts by design, and the
 * coverage facts are a derived read model that reads bring up to date (their source rows are
 * watched).
 */
const UNWATCHED_TABLES = [
  'session',
  'rate_limit_hit',
  'migrations',
  'sweep_change',
  'coverage_stale_person',
  'coverage_standing',
  'coverage_placement',
  'coverage_delta',
  'coverage_checkpoint',
  'coverage_rollup',
  'coverage_checkpoint_rollup',
  'coverage_fact_state',
];
/** Bookkeeping a refused request may rightly write: when an integration token was last used. */
const TOUCH_COLUMNS = ['last_used_at'];

type Person = 'admin' | 'hr' | 'trainer' | 'learner' | 'region';
const PEOPLE: Person[] = ['admin', 'hr', 'trainer', 'learner', 'region'];
const ACCOUNTS = {
  admin: ACCOUNT.admin,
  hr: ACCOUNT.hr,
  trainer: ACCOUNT.trainer,
  learner: ACCOUNT.caseworker,
  // The region's analyst: the region role and nothing else, granted below.
  region: ACCOUNT.stenungsundColleague,
};

/**
 * Lärnav as the sweep sees it: the whole API listening on a port, one municipality with a small
 * tree, every role signed in through the dev IdP, an integration token, and a change log of
 * every committed row change (triggers, installed in this test database only).
 */
export async function larnavTarget(t: TestApp): Promise<{ target: SweepTarget; callers: string[] }> {
  const { host, rootId, tenant } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
  await installChangeLog(t.dataSource);
  const sessions = {} as Record<Person, SignedInSession>;
  sessions.admin = await t.signIn(host, ACCOUNTS.admin);
  const admin = t.as(sessions.admin);
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const sbf = await unit(rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  const ksf = await unit(rootId, 'Kommunstyrelseförvaltningen', 'KSF');
  const svep = await unit(sbf, 'Svepenheten', 'SBF-SVEP');
  await admin
    .post('/api/admin/claim-mappings')
    .send({ claim: 'groups', value: devIdpGroupId('stenungsund', 'SBF', 'hr'), effect: 'hr-scope', orgUnitId: sbf })
    .expect(201);
  for (const person of PEOPLE.slice(1)) sessions[person] = await t.signIn(host, ACCOUNTS[person]);
  await t.dataSource.query(
    `INSERT INTO role_grant (tenant_id, person_id, role, source)
     SELECT tenant_id, id, 'region', 'admin' FROM person WHERE tenant_id = $1 AND email = 'amira.haddad@stenungsund.se'`,
    [tenant.id],
  );
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const token = (
    await admin.post('/api/admin/tokens').send({ name: 'Svep', scopes: TOKEN_SCOPES, expiresAt: inAYear }).expect(201)
  ).body.token as string;

  // Rows a path parameter can name: each operation's own resource, made to be changed or removed.
  const sven = (
    await admin
      .post('/api/people')
      .send({
        name: 'Sven Svep',
        email: 'sven.svep@stenungsund.se',
        employment: { orgUnitId: svep, jobRole: 'handläggare', startDate: '2025-01-01' },
      })
      .expect(201)
  ).body;
  const grant = (await admin.post('/api/admin/role-grants').send({ personId: sven.id, role: 'trainer' }).expect(201))
    .body;
  const mapping = (
    await admin
      .post('/api/admin/claim-mappings')
      .send({ claim: 'groups', value: 'svep-group', effect: 'unit', orgUnitId: svep })
      .expect(201)
  ).body;
  const spare = (
    await admin
      .post('/api/admin/tokens')
      .send({ name: 'Reserv', scopes: ['org:read'], expiresAt: inAYear })
      .expect(201)
  ).body;
  const module = (
    await admin
      .post('/api/catalog/modules')
      .send({ title: 'Svepmodul', language: 'sv', estimatedMinutes: 10 })
      .expect(201)
  ).body;
  // An image of the module, for the routes that serve one; the bytes go as they are, unencoded.
  const image = (
    await admin
      .post(`/api/catalog/modules/${module.id}/media?kind=image&fileName=svep.png`)
      .set('Content-Type', 'image/png')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(mediaHeads.png)
      .expect(201)
  ).body;
  // Published, with a knowledge check, and started by the admin: the learning routes then go deep.
  const quiz = quizLesson('Kontroll');
  const front = { title: 'Svepmodul', language: 'sv', estimatedMinutes: 10 };
  await admin
    .put(`/api/catalog/modules/${module.id}/draft`)
    .send({ ...front, revision: 1, lessons: [textLesson('Inledning', 'Text.'), quiz] })
    .expect(200);
  await admin
    .post(`/api/catalog/modules/${module.id}/draft/publish`)
    .send({ changeNote: 'Svep', significance: 'minor', revision: 2 })
    .expect(200);
  const attempt = (await admin.post(`/api/learning/modules/${module.id}/attempts`).expect(200)).body;
  // A SCIM user and group for /scim/v2/Users/{id} and /scim/v2/Groups/{id}.
  const scim = (path: string, body: unknown) =>
    t
      .at(host)
      .post(`/scim/v2/${path}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/scim+json')
      .send(JSON.stringify(body))
      .expect(201);
  const scimUser = (await scim('Users', { userName: 'scim.svep@stenungsund.se', displayName: 'Scim Svep' })).body;
  const scimGroup = (await scim('Groups', { displayName: 'Svepgrupp', members: [{ value: scimUser.id }] })).body;
  const rule = (
    await admin
      .post('/api/compliance/rules')
      .send({ name: 'Svepregel', moduleId: module.id, dueBasis: 'rule-start', dueDays: 30, validFrom: '2026-01-01' })
      .expect(201)
  ).body;
  // A mail in the outbox for /api/outbox/{id} (no SMTP server here: it is held).
  const mail = await runAsTenant(tenant.id, () =>
    t.app.get(TenantDb).transaction((em) =>
      t.app.get(Mailer).write(em, {
        to: 'sven@stenungsund.se',
        subject: 'Svep',
        text: 'Svep',
        html: '<p>Svep</p>',
        kind: 'reminder-due',
      }),
    ),
  );
  // An HR import with its dry run, for /api/hr-imports/{id}.
  const hrImport = (
    await admin
      .post('/api/hr-imports')
      .query({ fileName: 'svep.csv' })
      .set('Content-Type', 'text/csv')
      .send(
        Buffer.from(
          'Anställningsnummer;Namn;E-post;Enhetskod;Startdatum\n9001;Sven Svep;sven@stenungsund.se;SBF-SVEP;2025-01-01\n',
        ),
      )
      .expect(201)
  ).body;
  // A live session with the admin booked on it, for /api/live-sessions/{id} and /api/live-bookings/{id}.
  const liveSession = (
    await admin
      .post('/api/live-sessions')
      .send({
        moduleId: module.id,
        occurrences: [{ startsAt: '2099-07-01T09:00', endsAt: '2099-07-01T12:00' }],
        place: 'Sessionssalen',
        capacity: 5,
      })
      .expect(201)
  ).body.sessions[0];
  const liveBooking = (await admin.post('/api/live-bookings').send({ sessionId: liveSession.id }).expect(201)).body;
  // The admin is Svepenheten's chef, and Sven's booking of a session that needs approval waits for
  // the admin: for /api/my-team/approvals/{bookingId}. Inserted as BookingApprovals.request would.
  const adminId = (await admin.get('/api/auth/me').expect(200)).body.person.id as string;
  await admin.put(`/api/org-units/${svep}/manager`).send({ personId: adminId }).expect(200);
  const [pendingBooking] = await t.dataSource.query(
    `INSERT INTO live_session_booking (tenant_id, session_id, person_id, status, requested_at, ical_uid, approver_id)
     VALUES ($1, $2, $3, 'pending-approval', now(), 'live-session-booking-svep@larnav', $4) RETURNING id`,
    [tenant.id, liveSession.id, sven.id, adminId],
  );
  const byResource: Record<string, string> = {
    approvals: pendingBooking.id,
    'hr-imports': hrImport.id,
    'live-sessions': liveSession.id,
    'live-bookings': liveBooking.id,
    bookings: liveBooking.id,
    outbox: mail.id,
    rules: rule.id,
    modules: module.id,
    media: image.id,
    versions: module.versions[0].id,
    attempts: attempt.id,
    quizzes: quiz.blocks[0].id,
    'org-units': svep,
    people: sven.id,
    'role-grants': grant.id,
    'claim-mappings': mapping.id,
    tokens: spare.id,
    Users: scimUser.id,
    Groups: scimGroup.id,
  };
  // Body fields that must name something real for a request to get past the first lookup.
  const known: Record<string, unknown> = {
    parentId: sbf,
    orgUnitId: svep,
    toOrgUnitId: ksf,
    personId: sven.id,
    employmentId: sven.employments[0].id,
    issuer: TEST_IDP.issuer(),
    clientId: TEST_IDP.clientId,
    clientSecret: TEST_IDP.clientSecret,
    emailDomains: ['stenungsund.se'],
    lessonId: quiz.id,
    moduleId: module.id,
    quizId: quiz.blocks[0].id,
    sessionId: liveSession.id,
  };
  const fixtures: SweepFixtures = {
    pathValue: (operation, parameter) => {
      const segments = operation.path.split('/');
      const resource = segments[segments.indexOf(`{${parameter.name}}`) - 1];
      return byResource[resource] ?? MISSING_ID;
    },
    knownValue: (name) => known[name],
  };

  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const callers: SweepCaller[] = [
    ...PEOPLE.map((person) => ({
      name: person,
      headers: () => ({ Cookie: sessions[person].cookie, 'X-CSRF-Token': sessions[person].csrfToken }),
    })),
    { name: 'token', headers: () => ({ Authorization: `Bearer ${token}` }) },
    { name: 'anonymous', headers: () => ({}) },
  ];
  const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;

  const target: SweepTarget = {
    baseUrl: `http://127.0.0.1:${port}`,
    host,
    document,
    callers,
    fixtures,
    changeMark: async () =>
      Number((await t.dataSource.query(`SELECT coalesce(max(id), 0) AS n FROM sweep_change`))[0].n),
    changesSince: async (mark) =>
      (await t.dataSource.query(`SELECT table_name AS "table", op FROM sweep_change WHERE id > $1 ORDER BY id`, [
        mark,
      ])) as RecordedChange[],
    healthy: async () => {
      const ready = await t.at(host).get('/health/ready');
      const me = await t.as(sessions.admin).get('/api/auth/me');
      return ready.status === 200 && me.status === 200;
    },
    // An operation may end a session (sign-out, deactivation): sign that person in again.
    beforeOperation: async () => {
      for (const person of PEOPLE) {
        const alive = await t.as(sessions[person]).get('/api/auth/session');
        if (alive.status !== 200) sessions[person] = await t.signIn(host, ACCOUNTS[person]);
      }
    },
    reproduce: (operation, caseId, caller) =>
      `SWEEP_ONLY='${operation}#${caseId}@${caller}' npx jest -c jest.int.config.ts tools/api-sweep/api-sweep.int-spec.ts`,
  };
  return { target, callers: callers.map((c) => c.name) };
}

/** Row triggers on every watched table record each committed change; a rollback leaves none. */
async function installChangeLog(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE sweep_change (id bigserial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL)`,
  );
  await dataSource.query(`
    CREATE FUNCTION sweep_record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - ${sqlArray(TOUCH_COLUMNS)}) = (to_jsonb(OLD) - ${sqlArray(TOUCH_COLUMNS)}) THEN
        RETURN NULL;
      END IF;
      INSERT INTO sweep_change (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
    [UNWATCHED_TABLES],
  );
  for (const { name } of tables) {
    await dataSource.query(
      `CREATE TRIGGER sweep_change AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION sweep_record_change()`,
    );
  }
}

function sqlArray(values: string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
}
