import request from 'supertest';
import { calendarDateAt, previousCalendarDate } from '@larnav/contracts';
import { ACCOUNT, createTestApp, TestApp } from './test-app';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export const today = () => calendarDateAt(new Date());
export const yesterday = () => previousCalendarDate(today());

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Scim = (method: Method, path: string, body?: unknown) => request.Test;

export interface ScimWorld {
  t: TestApp;
  host: string;
  token: string;
  scim: Scim;
  admin: ReturnType<TestApp['as']>;
  units: { sbf: string; bygglov: string };
}

/**
 * A municipality with Samhällsbyggnadsförvaltningen (SBF) and Bygglov (SBF-BYGG), and an
 * integration token with the scim scope, made by its admin as a municipality would.
 */
export async function scimWorld(): Promise<ScimWorld> {
  const t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 10_000 } });
  const { host, rootId } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
  const admin = t.as(await t.signIn(host, ACCOUNT.admin));
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const sbf = await unit(rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  const bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const token = (
    await admin
      .post('/api/admin/tokens')
      .send({ name: 'Entra ID', scopes: ['scim'], expiresAt })
      .expect(201)
  ).body.token as string;
  const scim: Scim = (method, path, body) => {
    const test = request(t.app.getHttpServer())
      [method](`/scim/v2${path}`)
      .set('Host', host)
      .set('Authorization', `Bearer ${token}`);
    return body === undefined ? test : test.set('Content-Type', 'application/scim+json').send(JSON.stringify(body));
  };
  return { t, host, token, scim, admin, units: { sbf, bygglov } };
}

/** A User as Entra ID's provisioning service creates it (attribute mappings left as Microsoft ships them). */
export function entraUser(
  email: string,
  extra: Record<string, unknown> = {},
  enterprise: Record<string, unknown> = {},
) {
  const [given, family] = email
    .split('@')[0]
    .split('.')
    .map((s) => s[0].toUpperCase() + s.slice(1));
  return {
    schemas: [USER_SCHEMA, ENTERPRISE],
    externalId: `oid-${email}`,
    userName: email,
    active: true,
    displayName: `${given} ${family ?? ''}`.trim(),
    emails: [{ primary: true, type: 'work', value: email }],
    name: { formatted: `${given} ${family ?? ''}`.trim(), familyName: family, givenName: given },
    title: 'handläggare',
    [ENTERPRISE]: { department: 'SBF-BYGG', employeeNumber: '1001', ...enterprise },
    ...extra,
  };
}

export const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations });

/** The person's employments, oldest first, as rows. */
export async function employmentsOf(t: TestApp, personId: string) {
  return (await t.dataSource.query(
    `SELECT u.code, e.job_role AS "jobRole", to_char(e.start_date, 'YYYY-MM-DD') AS "startDate",
            to_char(e.end_date, 'YYYY-MM-DD') AS "endDate"
       FROM employment e JOIN org_unit u ON u.id = e.org_unit_id WHERE e.person_id = $1 ORDER BY e.start_date, e.created_at`,
    [personId],
  )) as { code: string; jobRole: string; startDate: string; endDate: string | null }[];
}

export async function personRow(t: TestApp, id: string) {
  const [row] = await t.dataSource.query(
    `SELECT email, name, external_id AS "externalId", active, employee_number AS "employeeNumber",
            manager_id AS "managerId", deprovisioned_at AS "deprovisionedAt" FROM person WHERE id = $1`,
    [id],
  );
  return row;
}

export async function sessionsOf(t: TestApp, personId: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM session WHERE (sess -> 'auth' ->> 'personId') = $1`,
    [personId],
  );
  return n;
}

/** Every SCIM error: RFC 7644's schema, the status as a string, scim+json. */
export function expectScimError(response: request.Response, status: number, scimType?: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/scim\+json/);
  expect(response.body.schemas).toEqual([ERROR_SCHEMA]);
  expect(response.body.status).toBe(String(status));
  if (scimType) expect(response.body.scimType).toBe(scimType);
  expect(typeof response.body.detail).toBe('string');
}
