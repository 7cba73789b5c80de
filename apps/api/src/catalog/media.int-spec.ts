import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mediaFile, mediaHeads, officeFile, patternBytes } from '@larnav/api/storage/testing';
import { SignedInSession } from '../testing/oidc-sign-in';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { FRONT_MATTER } from './catalog-fixtures';
import { binary, filesUnder, mediaRowCount, postChunked } from './media-fixtures';

type Requests = ReturnType<TestApp['as']>;
const MB = 1024 * 1024;

const asIs = (body: Buffer) => body as unknown as string;

/** A module's media (issue 7): uploads checked by content and size, served with ranges, kept to those allowed. */
describe('module media', () => {
  let t: TestApp;
  let dataDir: string;
  let trainerSession: SignedInSession;
  let trainer: Requests;
  let learner: Requests;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'larnav-media-int-'));
    // A tiny video limit, so that "too large" needs only a 2 MB body.
    t = await createTestApp({ config: { LARNAV_DATA_DIR: dataDir, LARNAV_UPLOAD_MAX_VIDEO_MB: 1 } });
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    trainerSession = await t.signIn(host, ACCOUNT.trainer);
    trainer = t.as(trainerSession);
    learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const stored = () => filesUnder(join(dataDir, 'media'));
  const newModule = async (as = trainer) =>
    (await as.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id as string;
  const upload = (moduleId: string, kind: string, fileName: string, body: Buffer, contentType: string) =>
    trainer
      .post(`/api/catalog/modules/${moduleId}/media?kind=${kind}&fileName=${encodeURIComponent(fileName)}`)
      .set('Content-Type', contentType)
      // The bytes as they are: superagent would otherwise JSON- or form-encode a Buffer by its declared type.
      .serialize(asIs)
      .send(body);
  const fetchFile = (as: Requests, url: string) => as.get(url).buffer(true).parse(binary);

  /** Runs `refusal`, and proves it left no media row and no stored file behind. */
  async function leavesNothing(refusal: () => Promise<unknown>): Promise<void> {
    const rows = await mediaRowCount(t.dataSource);
    const files = await stored();
    await refusal();
    expect(await mediaRowCount(t.dataSource)).toBe(rows);
    expect(await stored()).toEqual(files);
  }

  it('takes a video, an image and a document whatever type the client declares, and serves each back', async () => {
    const moduleId = await newModule();
    const video = mediaFile(mediaHeads.mp4, 300_000);
    const image = mediaFile(mediaHeads.png, 5_000);
    const document = officeFile('docx');
    const uploads = [
      { kind: 'video', fileName: 'Bygglovsprocessen.mp4', body: video, declared: 'video/mp4' },
      { kind: 'image', fileName: 'Karta över Stenungsund.png', body: image, declared: 'application/json' },
      // What `curl --data-binary @file` declares: the form parser must not touch it.
      { kind: 'document', fileName: 'Checklista.docx', body: document, declared: 'application/x-www-form-urlencoded' },
    ];
    const created = [];
    for (const u of uploads) {
      const res = await upload(moduleId, u.kind, u.fileName, u.body, u.declared).expect(201);
      created.push(res.body);
    }
    expect(created.map((m) => [m.kind, m.contentType, m.sizeBytes, m.fileName])).toEqual([
      ['video', 'video/mp4', 300_000, 'Bygglovsprocessen.mp4'],
      ['image', 'image/png', 5_000, 'Karta över Stenungsund.png'],
      [
        'document',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        document.length,
        'Checklista.docx',
      ],
    ]);
    expect(created[0].url).toBe(`/api/catalog/modules/${moduleId}/media/${created[0].id}`);
    expect(await stored()).toHaveLength(3);

    for (const [i, media] of created.entries()) {
      const res = await fetchFile(trainer, media.url).expect(200);
      expect(Buffer.compare(res.body, uploads[i].body)).toBe(0);
      expect(res.headers['content-type']).toBe(media.contentType);
      expect(res.headers['cache-control']).toMatch(/^private/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['accept-ranges']).toBe('bytes');
      expect(res.headers['etag']).toMatch(/^"[0-9a-f]{64}"$/);
      expect(res.headers['content-disposition']).toMatch(media.kind === 'document' ? /^attachment/ : /^inline/);
    }
    expect((await fetchFile(trainer, created[1].url)).headers['content-disposition']).toBe(
      `inline; filename="Karta over Stenungsund.png"; filename*=UTF-8''Karta%20%C3%B6ver%20Stenungsund.png`,
    );

    const listed = (await trainer.get(`/api/catalog/modules/${moduleId}/media`).expect(200)).body.media;
    expect(listed.map((m: { id: string }) => m.id).sort()).toEqual(created.map((m) => m.id).sort());
  });

  it('refuses a file whose content is not of the kind asked for, with 415, and keeps nothing', async () => {
    const moduleId = await newModule();
    const refusals = [
      { kind: 'video', name: 'film.mp4', body: mediaFile(mediaHeads.pdf, 20_000), declared: 'video/mp4', says: 'PDF' },
      { kind: 'image', name: 'logo.svg', body: mediaHeads.svg, declared: 'image/svg+xml', says: 'SVG' },
      { kind: 'video', name: 'film.mp4', body: mediaFile(mediaHeads.exe, 20_000), declared: 'video/mp4', says: 'EXE' },
      {
        kind: 'image',
        name: 'bild.png',
        body: Buffer.from('{"a": 1}'),
        declared: 'application/json',
        says: 'no recognised',
      },
      { kind: 'document', name: 'tom.pdf', body: Buffer.alloc(0), declared: 'application/pdf', says: 'empty' },
      // Refused after the first 64 kB; the rest is read and dropped, so the client reads the answer.
      {
        kind: 'document',
        name: 'stor.pdf',
        body: mediaFile(mediaHeads.exe, 5 * MB),
        declared: 'application/pdf',
        says: 'EXE',
      },
    ];
    for (const r of refusals) {
      await leavesNothing(async () => {
        const res = await upload(moduleId, r.kind, r.name, r.body, r.declared).expect(415);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('upload_type_not_allowed');
        expect(res.body.detail).toContain(r.says);
      });
    }
    expect((await trainer.get(`/api/catalog/modules/${moduleId}/media`).expect(200)).body.media).toEqual([]);
  });

  it('refuses a file over its kind’s limit with 413, declared or found while streaming, and keeps nothing', async () => {
    const moduleId = await newModule();
    const tooBig = mediaFile(mediaHeads.mp4, 2 * MB);
    await leavesNothing(async () => {
      const res = await upload(moduleId, 'video', 'lång.mp4', tooBig, 'video/mp4').expect(413);
      expect(res.body).toMatchObject({ code: 'upload_too_large', detail: expect.stringContaining('1 MB') });
    });
    // No Content-Length: the limit is found mid-stream, and the partial file is dropped.
    await leavesNothing(async () => {
      const url = `/api/catalog/modules/${moduleId}/media?kind=video&fileName=l%C3%A5ng.mp4`;
      const res = await postChunked(t.app.getHttpServer(), trainerSession, url, tooBig);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).code).toBe('upload_too_large');
    });
    // Exactly the limit is fine.
    await upload(moduleId, 'video', 'precis.mp4', mediaFile(mediaHeads.mp4, MB), 'video/mp4').expect(201);
  });

  it('serves byte ranges of a video at its start, middle and end, and revalidates by ETag', async () => {
    const moduleId = await newModule();
    const video = Buffer.concat([mediaHeads.mp4, patternBytes(300_000 - mediaHeads.mp4.length, 'video')]);
    const { url } = (await upload(moduleId, 'video', 'film.mp4', video, 'video/mp4').expect(201)).body;
    const range = async (header: string, start: number, end: number) => {
      const res = await trainer.get(url).set('Range', header).buffer(true).parse(binary).expect(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/300000`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(Buffer.compare(res.body, video.subarray(start, end + 1))).toBe(0);
    };
    await range('bytes=0-99', 0, 99);
    await range('bytes=150000-150999', 150_000, 150_999);
    await range('bytes=299000-', 299_000, 299_999);
    await range('bytes=-500', 299_500, 299_999);
    const past = await trainer.get(url).set('Range', 'bytes=300000-').expect(416);
    expect(past.headers['content-range']).toBe('bytes */300000');

    const etag = (await trainer.get(url).expect(200)).headers['etag'];
    const again = await trainer.get(url).set('If-None-Match', etag).expect(304);
    expect(again.headers['etag']).toBe(etag);
    expect(again.text ?? '').toBe('');
  });

  it('answers 404 to a guessed media id or the right id under another module, and a learner 404 for a draft’s file', async () => {
    const moduleId = await newModule();
    const other = await newModule();
    const { id, url } = (await upload(moduleId, 'image', 'bild.png', mediaHeads.png, 'image/png').expect(201)).body;
    const guessed = await trainer.get(`/api/catalog/modules/${moduleId}/media/${randomUUID()}`).expect(404);
    expect(guessed.body.code).toBe('media_not_found');
    expect((await trainer.get(`/api/catalog/modules/${other}/media/${id}`).expect(404)).body.code).toBe(
      'media_not_found',
    );
    await trainer.get(`/api/catalog/modules/${randomUUID()}/media`).expect(404);
    await leavesNothing(() =>
      upload(randomUUID(), 'image', 'bild.png', mediaHeads.png, 'image/png')
        .expect(404)
        .then((res) => expect(res.body.code).toBe('module_not_found')),
    );
    // No published version uses it: to a learner it does not exist.
    expect((await learner.get(url).expect(404)).body.code).toBe('media_not_found');
    await learner.get(`/api/catalog/modules/${moduleId}/media`).expect(403);
    await leavesNothing(() =>
      learner
        .post(`/api/catalog/modules/${moduleId}/media?kind=image&fileName=x.png`)
        .set('Content-Type', 'image/png')
        .send(mediaHeads.png)
        .expect(403),
    );
  });

  it('lets a learner see the files a published version uses, and nothing a draft alone uses', async () => {
    const moduleId = await newModule();
    const png = (name: string) => upload(moduleId, 'image', name, mediaFile(mediaHeads.png, 1_000), 'image/png');
    const published = (await png('publicerad.png').expect(201)).body;
    const draftOnly = (await png('utkast.png').expect(201)).body;
    const lesson = (...mediaIds: string[]) => ({
      id: randomUUID(),
      title: 'Bilder',
      blocks: mediaIds.map((mediaId) => ({ id: randomUUID(), type: 'image', mediaId, alt: 'Karta över kommunen' })),
    });
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [lesson(published.id)] })
      .expect(200);
    await learner.get(published.url).expect(404);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'Första versionen.', significance: 'significant', revision: 2 })
      .expect(200);
    const draft = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [lesson(published.id, draftOnly.id)] })
      .expect(200);

    const seen = await fetchFile(learner, published.url).expect(200);
    expect(seen.headers['content-type']).toBe('image/png');
    expect(seen.body.length).toBe(1_000);
    expect((await learner.get(draftOnly.url).expect(404)).body.code).toBe('media_not_found');
    // Only under its own module's URL.
    const other = await newModule();
    await learner.get(`/api/catalog/modules/${other}/media/${published.id}`).expect(404);
  });

  it('refuses a bad kind or file name before reading the file', async () => {
    const moduleId = await newModule();
    for (const query of [
      'kind=audio&fileName=a.mp3',
      'kind=image',
      'kind=image&fileName=..%2Fetc%2Fpasswd',
      'kind=image&fileName=%20',
    ]) {
      await leavesNothing(() =>
        trainer
          .post(`/api/catalog/modules/${moduleId}/media?${query}`)
          .set('Content-Type', 'image/png')
          .send(mediaHeads.png)
          .expect(400),
      );
    }
  });

  describe('another municipality', () => {
    let tjorn: Requests;

    beforeAll(async () => {
      const { tenant, host } = await t.createTenant('tjorn', 'Tjörns kommun');
      const first = t.as(await t.signIn(host, ACCOUNT.tjornCaseworker));
      const me = (await first.get('/api/auth/me').expect(200)).body.person;
      await t.dataSource.query(
        `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'trainer', 'admin')`,
        [tenant.id, me.id],
      );
      tjorn = t.as(await t.signIn(host, ACCOUNT.tjornCaseworker));
      await tjorn.get('/api/catalog/modules').expect(200);
    });

    it("never sees a private module's media, by URL or by listing, and cannot upload to it", async () => {
      const moduleId = await newModule();
      const { url } = (await upload(moduleId, 'image', 'bild.png', mediaHeads.png, 'image/png').expect(201)).body;
      expect((await tjorn.get(url).expect(404)).body.code).toBe('media_not_found');
      await tjorn.get(`/api/catalog/modules/${moduleId}/media`).expect(404);
      await leavesNothing(() =>
        tjorn
          .post(`/api/catalog/modules/${moduleId}/media?kind=image&fileName=x.png`)
          .set('Content-Type', 'image/png')
          .send(mediaHeads.png)
          .expect(404),
      );
    });

    it('sees the media a published version of a shared module uses, and nothing its drafts alone use', async () => {
      const moduleId = await newModule();
      const png = (name: string) => upload(moduleId, 'image', name, mediaFile(mediaHeads.png, 2_000), 'image/png');
      const published = (await png('publicerad.png').expect(201)).body;
      const draftOnly = (await png('utkast.png').expect(201)).body;
      const unused = (await png('oanvänd.png').expect(201)).body;
      const lesson = (...mediaIds: string[]) => ({
        id: randomUUID(),
        title: 'Bilder',
        blocks: mediaIds.map((mediaId) => ({ id: randomUUID(), type: 'image', mediaId, alt: 'Karta över kommunen' })),
      });
      await trainer
        .put(`/api/catalog/modules/${moduleId}/draft`)
        .send({ ...FRONT_MATTER, revision: 1, lessons: [lesson(published.id)] })
        .expect(200);
      await trainer
        .post(`/api/catalog/modules/${moduleId}/draft/publish`)
        .send({ changeNote: 'Första versionen.', significance: 'significant', revision: 2 })
        .expect(200);
      const draft = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
      await trainer
        .put(`/api/catalog/modules/${moduleId}/draft`)
        .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [lesson(published.id, draftOnly.id)] })
        .expect(200);

      // Published, but the module is still private.
      await tjorn.get(published.url).expect(404);
      await trainer.put(`/api/catalog/modules/${moduleId}/sharing`).send({ sharing: 'region' }).expect(200);

      const seen = await fetchFile(tjorn, published.url).expect(200);
      expect(seen.headers['content-type']).toBe('image/png');
      expect(seen.body.length).toBe(2_000);
      await tjorn.get(published.url).set('Range', 'bytes=0-9').expect(206);
      await tjorn.get(draftOnly.url).expect(404);
      await tjorn.get(unused.url).expect(404);
      // The shared file only under its own module's URL, and never listed to another municipality.
      const ownModule = await newModule(tjorn);
      await tjorn.get(`/api/catalog/modules/${ownModule}/media/${published.id}`).expect(404);
      await tjorn.get(`/api/catalog/modules/${moduleId}/media`).expect(404);

      // Unsharing takes it away again.
      await trainer.put(`/api/catalog/modules/${moduleId}/sharing`).send({ sharing: 'private' }).expect(200);
      await tjorn.get(published.url).expect(404);
    });
  });
});

/** The same upload and serving with the media in an S3 bucket (a real S3-protocol server). */
