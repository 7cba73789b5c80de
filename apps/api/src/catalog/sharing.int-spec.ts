import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { FRONT_MATTER, quizLesson, textLesson } from './catalog-fixtures';

/**
 * Sharing across the region (issue 7, part 6): a module stays private to its municipality until
 * it is shared; then the others read its published versions only, never its drafts, and may copy it.
 */
describe('sharing modules with the region', () => {
  let t: TestApp;
  let stenungsund: ReturnType<TestApp['as']>;
  let tjorn: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp();
    const home = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    const other = await t.createTenant('tjorn', 'Tjörns kommun');
    stenungsund = t.as(await t.signIn(home.host, ACCOUNT.trainer));
    const erik = await t.signIn(other.host, ACCOUNT.tjornCaseworker);
    tjorn = t.as(erik);
    // Tjörn's trainer: the caseworker, made trainer as an admin there would.
    const me = (await tjorn.get('/api/auth/me').expect(200)).body.person;
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'trainer', 'admin')`,
      [other.tenant.id, me.id],
    );
  });
  afterAll(() => t.close());

  async function publishedModule(title: string) {
    const id = (
      await stenungsund
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, title })
        .expect(201)
    ).body.id;
    const lessons = [textLesson('Inledning', 'Varför det spelar roll.'), quizLesson('Kunskapskontroll')];
    await stenungsund
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, title, revision: 1, lessons })
      .expect(200);
    const detail = (
      await stenungsund
        .post(`/api/catalog/modules/${id}/draft/publish`)
        .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
        .expect(200)
    ).body;
    return { id: id as string, v1: detail.versions[0].id as string, lessons };
  }

  it('keeps a private module, its versions and its drafts from another municipality', async () => {
    const { id, v1 } = await publishedModule('Privat modul');
    const draft = (await stenungsund.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    expect((await tjorn.get(`/api/catalog/modules/${id}`).expect(404)).body.code).toBe('module_not_found');
    await tjorn.get(`/api/catalog/modules/${id}/versions/${v1}`).expect(404);
    await tjorn.get(`/api/catalog/modules/${id}/versions/${draft.id}`).expect(404);
    await tjorn.post(`/api/catalog/modules/${id}/copy`).expect(404);
    // Nor can Tjörn change it, whatever it tries.
    await tjorn.put(`/api/catalog/modules/${id}/sharing`).send({ sharing: 'region' }).expect(404);
    await tjorn.post(`/api/catalog/modules/${id}/draft`).expect(404);
    await tjorn
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [] })
      .expect(404);
    expect((await tjorn.get('/api/catalog/shared-modules').expect(200)).body.modules).toEqual([]);
    expect((await tjorn.get('/api/catalog/modules').expect(200)).body.modules).toEqual([]);
  });

  it('lets the region read a shared module’s published versions, read-only, never its draft', async () => {
    const { id, v1, lessons } = await publishedModule('Delad modul');
    await stenungsund.put(`/api/catalog/modules/${id}/sharing`).send({ sharing: 'region' }).expect(200);
    const draft = (await stenungsund.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;

    const listed = (await tjorn.get('/api/catalog/shared-modules').expect(200)).body.modules;
    expect(listed.map((m: { title: string; municipality: string }) => [m.title, m.municipality])).toEqual([
      ['Delad modul', 'Stenungsunds kommun'],
    ]);
    const detail = (await tjorn.get(`/api/catalog/modules/${id}`).expect(200)).body;
    expect(detail).toMatchObject({ editable: false, sharing: 'region' });
    expect(detail.versions.map((v: { status: string }) => v.status)).toEqual(['published']);
    expect((await tjorn.get(`/api/catalog/modules/${id}/versions/${v1}`).expect(200)).body.lessons).toEqual(lessons);
    await tjorn.get(`/api/catalog/modules/${id}/versions/${draft.id}`).expect(404);
    // Shared is read-only to others: no draft, no save, no sharing change, not in their own list.
    await tjorn.post(`/api/catalog/modules/${id}/draft`).expect(404);
    await tjorn.put(`/api/catalog/modules/${id}/sharing`).send({ sharing: 'private' }).expect(404);
    expect((await tjorn.get('/api/catalog/modules').expect(200)).body.modules).toEqual([]);

    // Stenungsund does not see its own module among the others' shared ones.
    expect((await stenungsund.get('/api/catalog/shared-modules').expect(200)).body.modules).toEqual([]);

    // Tjörn copies it to adapt: a private module of its own, with the published lessons.
    const copy = (await tjorn.post(`/api/catalog/modules/${id}/copy`).expect(201)).body;
    expect(copy).toMatchObject({
      editable: true,
      sharing: 'private',
      title: 'Delad modul',
      municipality: 'Tjörns kommun',
    });
    const copyDraft = (await tjorn.post(`/api/catalog/modules/${copy.id}/draft`).expect(200)).body;
    expect(copyDraft.lessons).toEqual(lessons);
    await stenungsund.get(`/api/catalog/modules/${copy.id}`).expect(404);

    // Unshared: gone from the region again; Tjörn's copy stays Tjörn's.
    await stenungsund.put(`/api/catalog/modules/${id}/sharing`).send({ sharing: 'private' }).expect(200);
    await tjorn.get(`/api/catalog/modules/${id}`).expect(404);
    await tjorn.get(`/api/catalog/modules/${copy.id}`).expect(200);
  });

  it('refuses to copy a module of one’s own municipality', async () => {
    const { id } = await publishedModule('Egen modul');
    expect((await stenungsund.post(`/api/catalog/modules/${id}/copy`).expect(422)).body.code).toBe('module_not_shared');
  });

  it('holds even against SQL in another municipality’s transaction that asks for everything', async () => {
    const { id } = await publishedModule('Delad, och kontrollerad i SQL');
    await stenungsund.put(`/api/catalog/modules/${id}/sharing`).send({ sharing: 'region' }).expect(200);
    await stenungsund.post(`/api/catalog/modules/${id}/draft`).expect(200);
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `SELECT set_config('app.crossing', 'shared-modules', true), set_config('role', 'larnav_app', true)`,
      );
      const versions = await runner.query(`SELECT status FROM module_version WHERE module_id = $1 ORDER BY number`, [
        id,
      ]);
      expect(versions.map((v: { status: string }) => v.status)).toEqual(['published']);
      const drafts = await runner.query(
        `SELECT count(*)::int AS n FROM lesson l JOIN module_version v ON v.id = l.version_id WHERE v.status = 'draft'`,
      );
      expect(drafts[0].n).toBe(0);
      const privateOnes = await runner.query(
        `SELECT count(*)::int AS n FROM training_module WHERE sharing = 'private'`,
      );
      expect(privateOnes[0].n).toBe(0);
      // The crossing reads; it never writes.
      await expect(
        runner.query(`UPDATE training_module SET tags = '{x}' WHERE id = $1`, [id]).then((r) => r[1]),
      ).resolves.toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
