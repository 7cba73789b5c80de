import { randomUUID } from 'node:crypto';
import { FRONT_MATTER, publishModule, quizLesson, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

/** Caseworkers take their training (issue 8): progress never lost, completion decided by the server. */
describe('taking a module', () => {
  let t: TestApp;
  let trainer: Api;
  let sara: Api;
  let maria: Api;

  beforeAll(async () => {
    t = await createTestApp();
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    sara = t.as(await t.signIn(host, ACCOUNT.caseworker));
    maria = t.as(await t.signIn(host, ACCOUNT.hr));
  });
  afterAll(() => t.close());

  async function publish(
    lessons = [textLesson('Inledning', 'Varför.'), textLesson('Fördjupning', 'Hur.'), quizLesson('Kontroll')],
  ) {
    const id = await publishModule(trainer, lessons);
    return { id, lessons };
  }
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
  const event = (type: string, lessonId: string, minute: number, extra = {}) => ({
    id: randomUUID(),
    type,
    lessonId,
    occurredAt: at(minute),
    ...extra,
  });

  async function answerQuiz(api: Api, attemptId: string, quizId: string, right: boolean, status = 200) {
    const view = (await api.get(`/api/learning/attempts/${attemptId}/quizzes/${quizId}`).expect(200)).body;
    expect(JSON.stringify(view.questions)).not.toContain('correct');
    const quiz = (await trainerView(attemptId, quizId)) as {
      questions: { id: string; options: { id: string; correct: boolean }[] }[];
    };
    const answers = view.questions.map((q: { id: string }) => {
      const full = quiz.questions.find((x) => x.id === q.id);
      return {
        questionId: q.id,
        optionIds:
          full?.options
            .filter((o) => o.correct === right)
            .map((o) => o.id)
            .slice(0, 1) ?? [],
      };
    });
    return api
      .post(`/api/learning/attempts/${attemptId}/quizzes/${quizId}/submissions`)
      .send({ id: randomUUID(), answers });
  }
  const modules = new Map<string, { lessons: ReturnType<typeof quizLesson>[] }>();
  async function trainerView(_attemptId: string, quizId: string) {
    for (const { lessons } of modules.values()) {
      for (const lesson of lessons) for (const block of lesson.blocks) if (block.id === quizId) return block;
    }
    throw new Error('quiz not found');
  }

  it('resumes where the learner stopped, stores each event once, and completes only under the rules', async () => {
    const { id, lessons } = await publish();
    modules.set(id, { lessons });
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    expect(attempt).toMatchObject({ versionNumber: 1, completion: null, state: { lessonId: null } });
    expect(JSON.stringify(attempt.lessons)).not.toContain('correct');

    const batch = [
      event('lesson-opened', lessons[0].id, 1),
      event('lesson-completed', lessons[0].id, 2),
      event('position', lessons[1].id, 3, { scroll: 0.4 }),
    ];
    const first = (await sara.post(`/api/learning/attempts/${attempt.id}/events`).send({ events: batch }).expect(200))
      .body;
    expect(first.stored.sort()).toEqual(batch.map((e) => e.id).sort());
    // The same batch again, and from a second tab at the same moment: nothing changes.
    const [again, tab] = await Promise.all([
      sara.post(`/api/learning/attempts/${attempt.id}/events`).send({ events: batch }).expect(200),
      sara.post(`/api/learning/attempts/${attempt.id}/events`).send({ events: batch }).expect(200),
    ]);
    expect([again.body.stored, tab.body.stored]).toEqual([[], []]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM progress_event WHERE attempt_id = $1`, [
      attempt.id,
    ]);
    expect(n).toBe(3);

    // Another device opens the attempt where the first left it.
    const resumed = (await sara.get(`/api/learning/attempts/${attempt.id}`).expect(200)).body;
    expect(resumed.state).toMatchObject({ lessonId: lessons[1].id, scroll: 0.4, lessonsDone: [lessons[0].id] });

    // Every lesson gone through, but the knowledge check not passed: not complete.
    const rest = [event('lesson-completed', lessons[1].id, 4), event('lesson-completed', lessons[2].id, 5)];
    expect(
      (await sara.post(`/api/learning/attempts/${attempt.id}/events`).send({ events: rest }).expect(200)).body
        .completed,
    ).toBe(false);
    const quizId = lessons[2].blocks[0].id;
    const failed = (await answerQuiz(sara, attempt.id, quizId, false)).body;
    expect(failed).toMatchObject({ passed: false, score: 0, triesLeft: 2, completed: false });
    expect(failed.questions[0].feedback[0].feedback).toContain('fel');
    const passed = (await answerQuiz(sara, attempt.id, quizId, true)).body;
    expect(passed).toMatchObject({ passed: true, score: 100, completed: true });

    const done = (await sara.get(`/api/learning/attempts/${attempt.id}`).expect(200)).body;
    expect(done.completion).toMatchObject({ score: 100 });
    expect(done.completion.certificateId).toEqual(expect.any(String));
    await answerQuiz(sara, attempt.id, quizId, true, 422);
  });

  it('ignores a forged completion: there is no such event, and the state is the server’s', async () => {
    const { id, lessons } = await publish([textLesson('Bara en', 'text')]);
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    const forged = { ...event('lesson-completed', lessons[0].id, 1), type: 'module-completed' };
    await sara
      .post(`/api/learning/attempts/${attempt.id}/events`)
      .send({ events: [forged] })
      .expect(400);
    await sara
      .post(`/api/learning/attempts/${attempt.id}/events`)
      .send({ events: [{ ...event('position', lessons[0].id, 1), completed: true }] })
      .expect(400);
    const stranger = event('lesson-completed', randomUUID(), 2);
    expect(
      (
        await sara
          .post(`/api/learning/attempts/${attempt.id}/events`)
          .send({ events: [stranger] })
          .expect(200)
      ).body.completed,
    ).toBe(false);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM completion WHERE version_id = $1`, [
      attempt.versionId,
    ]);
    expect(n).toBe(0);
  });

  it('gives one completion when two tabs finish at the same moment', async () => {
    const { id, lessons } = await publish([textLesson('Ett', 'a'), textLesson('Två', 'b')]);
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    await sara
      .post(`/api/learning/attempts/${attempt.id}/events`)
      .send({ events: [event('lesson-completed', lessons[0].id, 1)] })
      .expect(200);
    const finish = () =>
      sara
        .post(`/api/learning/attempts/${attempt.id}/events`)
        .send({ events: [event('lesson-completed', lessons[1].id, 2)] });
    const answers = await Promise.all([finish(), finish(), finish()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const rows = await t.dataSource.query(`SELECT id FROM completion WHERE version_id = $1`, [attempt.versionId]);
    const certificates = await t.dataSource.query(`SELECT id FROM certificate WHERE completion_id = $1`, [rows[0]?.id]);
    expect([rows.length, certificates.length]).toEqual([1, 1]);
  });

  it('stops at the attempt limit', async () => {
    const { id, lessons } = await publish([quizLesson('Kontroll')]);
    modules.set(id, { lessons });
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    const quizId = lessons[0].blocks[0].id;
    for (let i = 0; i < 3; i++) await answerQuiz(sara, attempt.id, quizId, false);
    const refused = await answerQuiz(sara, attempt.id, quizId, true, 422);
    expect(refused.body.code).toBe('quiz_tries_used');
    const view = (await sara.get(`/api/learning/attempts/${attempt.id}/quizzes/${quizId}`).expect(200)).body;
    expect(view).toMatchObject({ triesUsed: 3, passed: false, questions: [] });
  });

  it('lets a learner who started version 1 finish version 1 after version 2 is published', async () => {
    const { id, lessons } = await publish([textLesson('Gammal', 'v1')]);
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    const draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [textLesson('Ny', 'v2')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v2', significance: 'significant', revision: draft.revision + 1 })
      .expect(200);
    const continued = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    expect(continued).toMatchObject({ id: attempt.id, versionNumber: 1, newerVersion: true });
    expect(continued.lessons.map((l: { title: string }) => l.title)).toEqual(['Gammal']);
    const done = (
      await sara
        .post(`/api/learning/attempts/${attempt.id}/events`)
        .send({ events: [event('lesson-completed', lessons[0].id, 1)] })
        .expect(200)
    ).body;
    expect(done.completed).toBe(true);
    // Someone who starts now gets version 2.
    const fresh = (await maria.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    expect(fresh.versionNumber).toBe(2);
  });

  it('keeps each learner’s attempts their own', async () => {
    const { id, lessons } = await publish([textLesson('Egen', 'a')]);
    const attempt = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body;
    expect((await maria.get(`/api/learning/attempts/${attempt.id}`).expect(404)).body.code).toBe('attempt_not_found');
    await maria
      .post(`/api/learning/attempts/${attempt.id}/events`)
      .send({ events: [event('lesson-completed', lessons[0].id, 1)] })
      .expect(404);
    await trainer.get(`/api/learning/attempts/${attempt.id}`).expect(404);
    // A draft cannot be taken.
    const draftOnly = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    await sara.post(`/api/learning/modules/${draftOnly}/attempts`).expect(404);
  });
});
