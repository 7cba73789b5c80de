import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { runAsTenant } from '@larnav/api/db';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, TestApp } from '../testing/test-app';

/** A real SMTP server on a free port, keeping every message it accepts, parsed. */
export async function startSmtpServer(): Promise<{ url: string; received: ParsedMail[]; close(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * A municipality where a rule requires a module of Samhällsbyggnadsförvaltningen by a fixed
 * date (2027-03-15): Anna (Swedish) and Bo (English) in Bygglov; Cecilia elsewhere, required
 * nothing; Helena, HR for SBF, and Ivar, HR for KSF.
 */
export async function reminderWorld(t: TestApp, slug: string) {
  const created = await t.createTenant(slug, `${slug} kommun`);
  const admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
  const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  const bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
  const ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');
  const people: Record<string, string> = {};
  const hire = async (key: string, name: string, orgUnitId: string) => {
    people[key] = (
      await admin
        .post('/api/people')
        .send({
          name,
          email: `${key}@${slug}.se`,
          employment: { orgUnitId, jobRole: 'handläggare', startDate: '2020-01-01' },
        })
        .expect(201)
    ).body.id;
  };
  await hire('anna', 'Anna Andersson', bygglov);
  await hire('bo', 'Bo Berg', bygglov);
  await hire('cecilia', 'Cecilia Ek', ksf);
  await hire('helena', 'Helena Hult', ksf);
  await hire('ivar', 'Ivar Ing', ksf);
  await t.dataSource.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [people['bo']]);
  for (const [hr, orgUnitId] of [
    ['helena', sbf],
    ['ivar', ksf],
  ])
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, org_unit_id, source) VALUES ($1, $2, 'hr', $3, 'admin')`,
      [created.tenant.id, people[hr], orgUnitId],
    );
  const moduleId = (
    await trainer
      .post('/api/catalog/modules')
      .send({ ...FRONT_MATTER, title: 'Informationssäkerhet', titleEn: 'Information security' })
      .expect(201)
  ).body.id as string;
  await trainer
    .put(`/api/catalog/modules/${moduleId}/draft`)
    .send({
      ...FRONT_MATTER,
      title: 'Informationssäkerhet',
      titleEn: 'Information security',
      revision: 1,
      lessons: [textLesson('A', 'a')],
    })
    .expect(200);
  await trainer
    .post(`/api/catalog/modules/${moduleId}/draft/publish`)
    .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
    .expect(200);
  await trainer
    .post('/api/compliance/rules')
    .send({
      name: 'Informationssäkerhet för SBF',
      moduleId,
      targetOrgUnitId: sbf,
      dueBasis: 'fixed-date',
      dueDate: '2027-03-15',
      validFrom: '2026-01-01',
    })
    .expect(201);
  const tenantId = created.tenant.id;
  return {
    tenantId,
    host: created.host,
    admin,
    people,
    moduleId,
    inTenant: <T>(work: () => Promise<T>) => runAsTenant(tenantId, work),
  };
}
