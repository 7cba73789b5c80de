import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '@larnav/api/audit';
import { FILE_STORAGE, FileStorage } from '@larnav/api/storage';
import { chunked, mediaFile, mediaHeads, readAll, sha256 } from '@larnav/api/storage/testing';
import type { Lesson } from '@larnav/shared/catalog';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { binary, json, unzip, zipOf } from './archive-fixtures';
import { FRONT_MATTER, quizLesson, textLesson } from './catalog-fixtures';

type Requests = ReturnType<TestApp['as']>;

/** Modules shared between installations as one archive (issue 7): export, import, refusal. */
describe('module archives', () => {
  let t: TestApp;
  let dataDir: string;
  let storage: FileStorage;
  let stenungsund: string;
  let trainer: Requests;
  let learner: Requests;
  let tjornTrainer: Requests;
  let published: { id: string; versionId: string; lessons: Lesson[]; coverMediaId: string };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'larnav-exchange-'));
    t = await createTestApp({ config: { LARNAV_DATA_DIR: dataDir } });
    storage = t.app.get(FILE_STORAGE);
    const { host, tenant } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    stenungsund = tenant.id;
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
    const tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
    tjornTrainer = t.as(await t.signIn(tjorn.host, ACCOUNT.tjornCaseworker));
    const me = (await tjornTrainer.get('/api/auth/me').expect(200)).body.person;
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'trainer', 'admin')`,
      [tjorn.tenant.id, me.id],
    );
    published = await publishedModuleWithMedia();
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A media row and its bytes, as the upload route will make them (it is being built elsewhere). */
  async function addMedia(moduleId: string, kind: string, bytes: Buffer, fileName: string, contentType: string) {
    const id = randomUUID();
    const key = `tenant/${stenungsund}/media/${id}`;
    const stored = await storage.put(key, chunked(bytes));
    await t.dataSource.query(
      `INSERT INTO media_file (id, tenant_id, module_id, kind, content_type, size_bytes, sha256, storage_key, file_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, stenungsund, moduleId, kind, contentType, stored.size, stored.sha256, key, fileName],
    );
    return id;
  }

  async function publishedModuleWithMedia() {
    const created = (
      await trainer
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, tags: ['bygglov', 'tillsyn'] })
        .expect(201)
    ).body;
    const id = created.id as string;
    const video = await addMedia(id, 'video', mediaFile(mediaHeads.mp4, 300_000), 'Besöket.mp4', 'video/mp4');
    const image = await addMedia(id, 'image', mediaFile(mediaHeads.png, 2_000), 'karta.png', 'image/png');
    const pdf = await addMedia(id, 'document', mediaFile(mediaHeads.pdf, 5_000), 'Checklista.pdf', 'application/pdf');
    const lessons: Lesson[] = [
      textLesson('Varför perspektivet spelar roll', 'Företag behöver besked i tid.'),
      {
        id: randomUUID(),
        title: 'Tillsyn på plats',
        blocks: [
          { id: randomUUID(), type: 'video', title: 'Ett besök', mediaId: video, transcript: 'Inspektören hälsar.' },
          { id: randomUUID(), type: 'image', mediaId: image, alt: 'Karta över området', caption: 'Området' },
          { id: randomUUID(), type: 'file', mediaId: pdf, label: 'Checklista för besöket' },
        ],
      },
      quizLesson('Kunskapskontroll'),
    ];
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, coverMediaId: image, lessons })
      .expect(200);
    const detail = (
      await trainer
        .post(`/api/catalog/modules/${id}/draft/publish`)
        .send({ changeNote: 'Första versionen.', significance: 'significant', revision: 2 })
        .expect(200)
    ).body;
    return { id, versionId: detail.versions[0].id as string, lessons, coverMediaId: image };
  }

  const exportOf = async (as: Requests, id: string) =>
    (await as.get(`/api/catalog/modules/${id}/export`).buffer(true).parse(binary).expect(200)).body as Buffer;
  const importing = (as: Requests, archive: Buffer) =>
    as.post('/api/catalog/modules/import').set('Content-Type', 'application/zip').send(archive);

  async function counts() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM training_module)::int AS modules, (SELECT count(*) FROM module_version)::int AS versions,
              (SELECT count(*) FROM lesson)::int AS lessons, (SELECT count(*) FROM media_file)::int AS media`,
    );
    return { ...row, files: await storedFiles() };
  }
  async function storedFiles(): Promise<string[]> {
    const root = join(dataDir, 'media');
    if (!existsSync(root)) return [];
    return (await readdir(root, { recursive: true })).map(String).sort();
  }

  /** The lessons with each media id replaced as `map` says: what an import must give back. */
  function remapped(lessons: Lesson[], map: Map<string, string>): Lesson[] {
    return JSON.parse(JSON.stringify(lessons), (key, value) => (key === 'mediaId' ? map.get(value) : value));
  }

  it('exports a module and imports it as an equal one: front matter, lessons, media bytes', async () => {
    const response = await trainer
      .get(`/api/catalog/modules/${published.id}/export`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Foretagarperspektiv-i-myndighetsutovning.zip"; filename*=UTF-8''${encodeURIComponent('Företagarperspektiv i myndighetsutövning.zip')}`,
    );
    const files = await unzip(response.body);
    const manifest = json(files, 'module.json');
    expect(manifest).toMatchObject({
      format: 'larnav-module',
      formatVersion: 1,
      source: { municipality: 'Stenungsunds kommun', moduleId: published.id, versionNumber: 1 },
      module: { ...FRONT_MATTER, tags: ['bygglov', 'tillsyn'], coverMediaId: published.coverMediaId },
      lessons: published.lessons,
    });
    const listed: { id: string; sha256: string; sizeBytes: number }[] = json(files, 'media.json');
    expect(listed).toHaveLength(3);
    for (const media of listed) {
      const [name] = [...files.keys()].filter((n) => n.startsWith(`media/${media.id}.`));
      expect(sha256(files.get(name) as Buffer)).toBe(media.sha256);
    }

    const imported = (await importing(trainer, response.body).expect(201)).body;
    expect(imported).toMatchObject({ title: FRONT_MATTER.title, tags: ['bygglov', 'tillsyn'], editable: true });
    expect(imported.id).not.toBe(published.id);
    expect(imported.versions).toMatchObject([{ number: 1, status: 'draft' }]);
    const draft = (
      await trainer.get(`/api/catalog/modules/${imported.id}/versions/${imported.versions[0].id}`).expect(200)
    ).body;
    expect(draft).toMatchObject({ ...FRONT_MATTER });
    const media: { id: string; sha256: string; storage_key: string; kind: string; file_name: string }[] =
      await t.dataSource.query(`SELECT id, sha256, storage_key, kind, file_name FROM media_file WHERE module_id = $1`, [
        imported.id,
      ]);
    expect(media).toHaveLength(3);
    const bySha = new Map(listed.map((m) => [m.sha256, m.id]));
    const newIdOf = new Map(media.map((m) => [bySha.get(m.sha256) as string, m.id]));
    expect(media.every((m) => !bySha.has(m.id) && !listed.some((l) => l.id === m.id))).toBe(true);
    expect(draft.lessons).toEqual(remapped(published.lessons, newIdOf));
    expect(draft.coverMediaId).toBe(newIdOf.get(published.coverMediaId));
    for (const row of media) expect(sha256(await readAll(await storage.read(row.storage_key)))).toBe(row.sha256);
    expect(media.map((m) => m.file_name).sort()).toEqual(['Besöket.mp4', 'Checklista.pdf', 'karta.png']);
  });

  it('exports a named version, and imports into another municipality', async () => {
    const archive = (
      await trainer
        .get(`/api/catalog/modules/${published.id}/export?version=${published.versionId}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    const imported = (await importing(tjornTrainer, archive).expect(201)).body;
    expect(imported).toMatchObject({ title: FRONT_MATTER.title, municipality: 'Tjörns kommun', editable: true });
    const [owner] = await t.dataSource.query(`SELECT tenant_id FROM training_module WHERE id = $1`, [imported.id]);
    expect(owner.tenant_id).not.toBe(stenungsund);
    const keys: { storage_key: string; tenant_id: string }[] = await t.dataSource.query(
      `SELECT storage_key, tenant_id FROM media_file WHERE module_id = $1`,
      [imported.id],
    );
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key.tenant_id).toBe(owner.tenant_id);
      expect(await storage.exists(key.storage_key)).toBe(true);
    }
    // Stenungsund's module is private: Tjörn can neither read nor export it.
    expect((await tjornTrainer.get(`/api/catalog/modules/${published.id}/export`).expect(404)).body.code).toBe(
      'module_not_found',
    );
    await trainer.get(`/api/catalog/modules/${published.id}/export?version=${randomUUID()}`).expect(404);
  });

  it('lists every problem of a broken archive with its place, and writes nothing', async () => {
    const files = await unzip(await exportOf(trainer, published.id));
    const manifest = json(files, 'module.json');
    const listed: { id: string; kind: string; sizeBytes: number; sha256: string }[] = json(files, 'media.json');
    const nameOf = (kind: string) => {
      const media = listed.find((m) => m.kind === kind) as { id: string };
      return [...files.keys()].find((n) => n.startsWith(`media/${media.id}.`)) as string;
    };
    // The quiz: two right answers to a single-choice question.
    manifest.lessons[2].blocks[0].questions[0].options[1].correct = true;
    files.set('module.json', Buffer.from(JSON.stringify(manifest)));
    const pdf = nameOf('document');
    files.delete(pdf);
    const png = nameOf('image');
    const tampered = Buffer.from(files.get(png) as Buffer);
    tampered[tampered.length - 1] ^= 0xff;
    files.set(png, tampered);
    // An executable in the video's place, its size and hash made to match, so only its type is wrong.
    const mp4 = nameOf('video');
    const exe = mediaFile(mediaHeads.exe, 4_000);
    files.set(mp4, exe);
    const video = listed.find((m) => m.kind === 'video') as { sizeBytes: number; sha256: string };
    Object.assign(video, { sizeBytes: exe.length, sha256: sha256(exe) });
    files.set('media.json', Buffer.from(JSON.stringify(listed)));
    files.set('notes.txt', Buffer.from('hej'));

    const before = await counts();
    const refused = await importing(trainer, await zipOf(files)).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('archive_invalid');
    const errors: { field: string; message: string }[] = refused.body.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          field: 'module.json: lessons[2] "Kunskapskontroll" blocks[0] (quiz): questions[0].options',
          message: 'must have exactly one correct option',
        },
        { field: pdf, message: 'is listed in media.json but is not in the archive' },
        { field: png, message: expect.stringMatching(/^has SHA-256 [0-9a-f]{64}, but media.json says [0-9a-f]{64}$/) },
        { field: mp4, message: expect.stringContaining("The file's content is EXE") },
        { field: 'notes.txt', message: 'is not part of a module archive' },
      ]),
    );
    expect(errors).toHaveLength(5);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown format version, naming it, and reads nothing further', async () => {
    const files = await unzip(await exportOf(trainer, published.id));
    const manifest = json(files, 'module.json');
    files.set('module.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 2, lessons: 'new shape' })));
    const before = await counts();
    const refused = await importing(trainer, await zipOf(files)).expect(422);
    expect(refused.body.errors).toEqual([
      {
        field: 'module.json: formatVersion',
        message: 'must be 1: this installation reads module archives of format version 1',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses what is not a module archive: garbage, another content type, a missing manifest', async () => {
    const before = await counts();
    const garbage = await importing(trainer, Buffer.from('MZ this is not a zip at all')).expect(422);
    expect(garbage.body.errors).toEqual([
      { field: 'archive', message: expect.stringMatching(/^is not a readable ZIP/) },
    ]);
    await trainer.post('/api/catalog/modules/import').set('Content-Type', 'application/json').send({}).expect(415);
    await trainer.post('/api/catalog/modules/import').expect(415);
    const empty = await importing(trainer, await zipOf(new Map([['readme.md', 'hej']]))).expect(422);
    expect(empty.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'module.json', message: expect.stringContaining('is missing') },
        { field: 'readme.md', message: 'is not part of a module archive' },
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses entries that climb out of the archive (zip slip) or are absolute, writing nothing anywhere', async () => {
    const files = await unzip(await exportOf(trainer, published.id));
    files.set('zz/zz/zz/evil.txt', Buffer.from('owned'));
    files.set('aetc/cron.d/x', Buffer.from('owned'));
    const archive = await zipOf(files, [
      ['zz/zz/zz/evil.txt', '../../../evil.txt'],
      ['aetc/cron.d/x', '/etc/cron.d/x'],
    ]);
    const before = await counts();
    const refused = await importing(trainer, archive).expect(422);
    expect(refused.body.errors).toEqual([
      { field: '../../../evil.txt', message: 'is refused: invalid relative path' },
      { field: '/etc/cron.d/x', message: 'is refused: absolute path' },
    ]);
    expect(await counts()).toEqual(before);
    expect(existsSync(join(tmpdir(), 'evil.txt'))).toBe(false);
  });

  it('deletes the files it stored when the transaction after them fails', async () => {
    const archive = await exportOf(trainer, published.id);
    const before = await counts();
    // The last step inside the transaction fails: the rows roll back, the stored files must go too.
    const audit = jest.spyOn(t.app.get(AuditLog), 'record').mockRejectedValueOnce(new Error('audit log unavailable'));
    try {
      await importing(trainer, archive).expect(500);
      expect(audit).toHaveBeenCalledTimes(1);
    } finally {
      audit.mockRestore();
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps export and import from learners', async () => {
    await learner.get(`/api/catalog/modules/${published.id}/export`).expect(403);
    await importing(learner, Buffer.from('PK')).expect(403);
  });
});
