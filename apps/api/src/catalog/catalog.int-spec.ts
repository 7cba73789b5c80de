import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { FRONT_MATTER, paragraph, quizLesson, textLesson } from './catalog-fixtures';

/** Trainers author, version and publish modules (issue 7): the API and the database's own rules. */
describe('authoring modules', () => {
  let t: TestApp;
  let trainer: ReturnType<TestApp['as']>;
  let learner: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp();
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
  });
  afterAll(() => t.close());

  async function newModule() {
    const created = (
      await trainer
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, tags: ['Bygglov', ' tillsyn '] })
        .expect(201)
    ).body;
    const draft = (await trainer.post(`/api/catalog/modules/${created.id}/draft`).expect(200)).body;
    return { id: created.id as string, draft };
  }

  it('creates a module with a first draft, saves lessons, publishes, and keeps each version as it was', async () => {
    const { id, draft } = await newModule();
    expect(draft).toMatchObject({ number: 1, status: 'draft', revision: 1, lessons: [] });
    const lessons = [
      textLesson('Varför perspektivet spelar roll', 'Företag behöver besked i tid.'),
      quizLesson('Kunskapskontroll'),
    ];
    const saved = (
      await trainer
        .put(`/api/catalog/modules/${id}/draft`)
        .send({ ...FRONT_MATTER, revision: 1, lessons })
        .expect(200)
    ).body;
    expect(saved.revision).toBe(2);
    expect(saved.lessons).toEqual(lessons);

    const v1 = (
      await trainer
        .post(`/api/catalog/modules/${id}/draft/publish`)
        .send({ changeNote: 'Första versionen.', significance: 'significant', revision: 2 })
        .expect(200)
    ).body;
    expect(v1.versions).toHaveLength(1);
    expect(v1.versions[0]).toMatchObject({ number: 1, status: 'published', significance: 'significant' });
    expect(v1.tags).toEqual(['bygglov', 'tillsyn']);

    // Editing the published module opens version 2 with the same content.
    const v2draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    expect(v2draft).toMatchObject({ number: 2, status: 'draft', lessons });
    const changed = [
      lessons[1],
      { ...lessons[0], title: 'Varför företagarperspektivet spelar roll' },
      textLesson('Ett fall', 'Ett bygglov för en ny verkstad.'),
    ];
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: v2draft.revision, lessons: changed })
      .expect(200);
    const after = (
      await trainer
        .post(`/api/catalog/modules/${id}/draft/publish`)
        .send({ changeNote: 'Nytt fall, rubrik ändrad.', significance: 'minor', revision: v2draft.revision + 1 })
        .expect(200)
    ).body;
    expect(
      after.versions.map((v: { number: number; status: string; significance: string }) => [
        v.number,
        v.status,
        v.significance,
      ]),
    ).toEqual([
      [2, 'published', 'minor'],
      [1, 'retired', 'significant'],
    ]);
    expect(after.versions[0].changes).toEqual({
      titleChanged: false,
      lessonsAdded: ['Ett fall'],
      lessonsRemoved: [],
      lessonsChanged: ['Varför företagarperspektivet spelar roll'],
      lessonsMoved: true,
    });
    // Version 1 still reads exactly as it was published.
    const v1content = (await trainer.get(`/api/catalog/modules/${id}/versions/${v1.versions[0].id}`).expect(200)).body;
    expect(v1content.lessons).toEqual(lessons);
  });

  it('refuses any change to a published version, also by SQL as the application role and as the owner', async () => {
    const { id } = await newModule();
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    const published = (
      await trainer
        .post(`/api/catalog/modules/${id}/draft/publish`)
        .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
        .expect(200)
    ).body.versions[0];
    const sql = async (statement: string, asApp: boolean) => {
      const runner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        if (asApp) {
          const [{ tenant_id }] = await runner.query(`SELECT tenant_id FROM module_version WHERE id = $1`, [
            published.id,
          ]);
          await runner.query(`SELECT set_config('app.tenant_id', $1, true), set_config('role', 'larnav_app', true)`, [
            tenant_id,
          ]);
        }
        await runner.query(statement, [published.id]);
        return 'changed';
      } catch (error) {
        return (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? String(error);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    for (const asApp of [true, false]) {
      expect(await sql(`UPDATE module_version SET title = 'Ändrad' WHERE id = $1`, asApp)).toBe(
        'CHK_module_version_immutable',
      );
      expect(await sql(`UPDATE module_version SET status = 'draft' WHERE id = $1`, asApp)).toBe(
        'CHK_module_version_immutable',
      );
      expect(await sql(`DELETE FROM module_version WHERE id = $1`, asApp)).toBe('CHK_module_version_immutable');
      expect(await sql(`UPDATE lesson SET title = 'Ändrad' WHERE version_id = $1`, asApp)).toBe(
        'CHK_module_version_immutable',
      );
      expect(await sql(`DELETE FROM lesson WHERE version_id = $1`, asApp)).toBe('CHK_module_version_immutable');
      expect(
        await sql(
          `INSERT INTO lesson (version_id, id, tenant_id, position, title, blocks) SELECT id, gen_random_uuid(), tenant_id, 9, 'x', '[]' FROM module_version WHERE id = $1`,
          asApp,
        ),
      ).toBe('CHK_module_version_immutable');
    }
    // Retiring is the one change allowed, and only that.
    expect(await sql(`UPDATE module_version SET status = 'retired' WHERE id = $1`, false)).toBe('changed');
  });

  it('answers 409 with a way forward when two trainers save the same draft', async () => {
    const { id } = await newModule();
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('Min', 'a')] })
      .expect(200);
    const late = await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('Din', 'b')] })
      .expect(409);
    expect(late.body.code).toBe('draft_changed_elsewhere');
    expect(late.body.detail).toContain('Reload');
    const draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    expect(draft.lessons.map((l: { title: string }) => l.title)).toEqual(['Min']);
    // Publishing what you did not see is refused the same way.
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'x', significance: 'minor', revision: 1 })
      .expect(409);
  });

  it('refuses a lesson that breaks the lesson rules, naming where', async () => {
    const { id } = await newModule();
    const broken = quizLesson('Quiz');
    const quiz = broken.blocks[0] as { questions: { options: { correct: boolean }[] }[] };
    quiz.questions[0].options[1].correct = true;
    const refused = await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [broken] })
      .expect(400);
    expect(refused.body.detail).toContain(
      'lessons[0].blocks[0].questions[0].options: must have exactly one correct option',
    );
    const noAlt = {
      id: broken.id,
      title: 'Bild',
      blocks: [{ id: broken.blocks[0].id, type: 'image', mediaId: broken.id, alt: ' ' }],
    };
    expect(
      (
        await trainer
          .put(`/api/catalog/modules/${id}/draft`)
          .send({ ...FRONT_MATTER, revision: 1, lessons: [noAlt] })
          .expect(400)
      ).body.detail,
    ).toContain('lessons[0].blocks[0].alt');
    const video = {
      id: broken.id,
      title: 'Film',
      blocks: [{ id: broken.blocks[0].id, type: 'video', title: 'Film', url: 'https://evil.example.com/v.mp4' }],
    };
    expect(
      (
        await trainer
          .put(`/api/catalog/modules/${id}/draft`)
          .send({ ...FRONT_MATTER, revision: 1, lessons: [video] })
          .expect(422)
      ).body.code,
    ).toBe('video_host_not_allowed');
    const missingFile = { ...noAlt, blocks: [{ ...noAlt.blocks[0], alt: 'Karta över kommunen' }] };
    expect(
      (
        await trainer
          .put(`/api/catalog/modules/${id}/draft`)
          .send({ ...FRONT_MATTER, revision: 1, lessons: [missingFile] })
          .expect(422)
      ).body.code,
    ).toBe('media_not_found');
    // Nothing of the refused saves was written.
    expect((await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body).toMatchObject({
      revision: 1,
      lessons: [],
    });
    expect(paragraph('x').type).toBe('doc');
  });

  it('keeps authoring from learners', async () => {
    await learner.get('/api/catalog/modules').expect(403);
    await learner.post('/api/catalog/modules').send(FRONT_MATTER).expect(403);
  });
});
