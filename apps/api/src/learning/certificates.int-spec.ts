import { randomUUID } from 'node:crypto';
import type parsePdf from 'pdf-parse';
import request from 'supertest';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { binary } from '../catalog/media-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

// The library itself, not its index, which reads a test file of its own when loaded this way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdf: typeof parsePdf = require('pdf-parse/lib/pdf-parse.js');

type Api = ReturnType<TestApp['as']>;

/** My training, certificates and their verification, my data (issue 8). */
describe('my training and certificates', () => {
  let t: TestApp;
  let host: string;
  let trainer: Api;
  let admin: Api;
  let sara: Api;
  let maria: Api;
  let module: { id: string; lessonId: string };
  let certificateId: string;

  beforeAll(async () => {
    t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 5 } });
    ({ host } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    admin = t.as(await t.signIn(host, ACCOUNT.admin));
    sara = t.as(await t.signIn(host, ACCOUNT.caseworker));
    maria = t.as(await t.signIn(host, ACCOUNT.hr));
    const lesson = textLesson('Det enda', 'Läs detta.');
    const id = (
      await trainer
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, titleEn: 'The business perspective' })
        .expect(201)
    ).body.id;
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [lesson] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
      .expect(200);
    module = { id, lessonId: lesson.id };
  });
  afterAll(() => t.close());

  it('lists a required module with its due date and reason, then as completed with its certificate', async () => {
    const saraId = (await sara.get('/api/auth/me').expect(200)).body.person.id;
    await trainer
      .post('/api/learning/enrolments')
      .send({ moduleId: module.id, personIds: [saraId], dueDate: '2026-01-15' })
      .expect(200);
    await sara
      .post('/api/learning/enrolments')
      .send({ moduleId: module.id, personIds: [saraId] })
      .expect(403);
    const before = (await sara.get('/api/learning/my-training').expect(200)).body;
    expect(before.required).toEqual([
      expect.objectContaining({
        moduleId: module.id,
        status: 'overdue',
        dueDate: '2026-01-15',
        reason: 'Tilldelad av Karin Sjöberg',
        required: true,
      }),
    ]);
    expect(before.catalogue.map((m: { title: string }) => m.title)).toContain(FRONT_MATTER.title);
    expect((await sara.get('/api/learning/my-training?q=ingen-sådan-modul').expect(200)).body.catalogue).toEqual([]);

    const attempt = (await sara.post(`/api/learning/modules/${module.id}/attempts`).expect(200)).body;
    const done = {
      id: randomUUID(),
      type: 'lesson-completed',
      lessonId: module.lessonId,
      occurredAt: new Date().toISOString(),
    };
    expect(
      (
        await sara
          .post(`/api/learning/attempts/${attempt.id}/events`)
          .send({ events: [done] })
          .expect(200)
      ).body.completed,
    ).toBe(true);
    const after = (await sara.get('/api/learning/my-training').expect(200)).body;
    expect(after.required[0]).toMatchObject({ status: 'completed', certificateId: expect.any(String) });
    expect(after.completed.map((m: { moduleId: string }) => m.moduleId)).toEqual([module.id]);
    certificateId = after.required[0].certificateId;
    // Maria has done nothing: nothing is required of her, nothing done.
    expect((await maria.get('/api/learning/my-training').expect(200)).body).toMatchObject({
      required: [],
      completed: [],
    });
  });

  it('makes a PDF certificate in Swedish or English, with the code as text and a link to the verification page', async () => {
    const sv = await sara.get(`/api/learning/certificates/${certificateId}/pdf`).buffer(true).parse(binary).expect(200);
    expect(sv.headers['content-type']).toBe('application/pdf');
    const text = (await pdf(sv.body as Buffer)).text;
    expect(text).toContain('Intyg');
    expect(text).toContain('Sara Lindqvist');
    expect(text).toContain(FRONT_MATTER.title);
    expect(text).toContain('Stenungsunds kommun');
    const code = /Kontrollkod: ([0-9A-Z-]{24})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`http://${host}/intyg/${code?.replace(/-/g, '')}`);
    const en = await sara
      .get(`/api/learning/certificates/${certificateId}/pdf?lang=en`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((await pdf(en.body as Buffer)).text).toContain('This is to certify that');
    // Nobody else's certificate: not Maria's to download.
    await maria.get(`/api/learning/certificates/${certificateId}/pdf`).expect(404);
  });

  it('verifies a genuine code for anyone, in any form it is typed, refuses a made-up one, and shows a revocation', async () => {
    const [{ code }] = await t.dataSource.query(`SELECT code FROM certificate WHERE id = $1`, [certificateId]);
    const anyone = () => request(t.app.getHttpServer());
    const genuine = (await anyone().get(`/api/certificates/${code}`).expect(200)).body;
    expect(genuine).toEqual({
      status: 'valid',
      personName: 'Sara Lindqvist',
      moduleTitle: FRONT_MATTER.title,
      versionNumber: 1,
      municipalityName: 'Stenungsunds kommun',
      completedAt: expect.any(String),
      expiresAt: null,
      revokedAt: null,
    });
    const typed = code.toLowerCase().match(/.{4}/g).join('-');
    await anyone().get(`/api/certificates/${typed}`).expect(200);
    // From an address of no municipality too: the code alone decides.
    await anyone().get(`/api/certificates/${code}`).set('Host', 'elsewhere.test').expect(200);
    expect((await anyone().get('/api/certificates/ABCDEFGHJKMNPQRSTVWX').expect(404)).body.code).toBe(
      'certificate_not_found',
    );

    await sara.post(`/api/learning/certificates/${certificateId}/revoke`).send({ reason: 'x' }).expect(403);
    const revoked = (
      await admin
        .post(`/api/learning/certificates/${certificateId}/revoke`)
        .send({ reason: 'Utfärdat av misstag.' })
        .expect(200)
    ).body;
    expect(revoked).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect(JSON.stringify((await anyone().get(`/api/certificates/${code}`).expect(200)).body)).not.toContain('misstag');
  });

  it('rate-limits guessing codes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await request(t.app.getHttpServer()).get(`/api/certificates/GUESS${i}`)).status);
    expect(statuses).toContain(429);
  });

  it('gives a learner everything Lärnav holds about their learning, and only theirs', async () => {
    const mine = await sara.get('/api/learning/my-data').expect(200);
    expect(mine.headers['content-disposition']).toContain('attachment');
    const data = JSON.parse(mine.text);
    expect(data.person.email).toBe('sara.lindqvist@stenungsund.se');
    expect(data.enrolments).toHaveLength(1);
    expect(data.attempts).toHaveLength(1);
    expect(data.progressEvents).toHaveLength(1);
    expect(data.completions).toHaveLength(1);
    // The e-learning part the completion followed from.
    expect(data.completionParts).toMatchObject([{ part: 'e-learning', sessionStartsAt: null }]);
    expect(data.certificates).toHaveLength(1);
    const hers = JSON.parse((await maria.get('/api/learning/my-data').expect(200)).text);
    expect([hers.attempts, hers.completionParts, hers.completions, hers.certificates]).toEqual([[], [], [], []]);
  });
});
