import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { ArchiveProblems, lessonPlace } from './archive-problems';
import { openArchive } from './archive-reader';

// Zips of 50 MB are made and read: on a busy shared machine that can take more than 5 s.
jest.setTimeout(60_000);

function zipOf(files: [string, Buffer][]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of files) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name);
    else zip.addBuffer(bytes, name);
  }
  zip.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('openArchive', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'archive-reader-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function open(bytes: Buffer, maxUncompressed: number) {
    const path = join(dir, `${Math.random()}.zip`);
    await writeFile(path, bytes);
    const problems = new ArchiveProblems();
    const archive = await openArchive(path, maxUncompressed, problems);
    archive?.zip.close();
    return { archive, problems: problems.list };
  }

  it('refuses a zip bomb by what it would unpack to, before unpacking any of it', async () => {
    // 50 MB of zeros deflate to about 50 kB.
    const bomb = await zipOf([['module.json', Buffer.alloc(50 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(200_000);
    const { archive, problems } = await open(bomb, 10 * 1024 * 1024);
    expect(archive).toBeNull();
    expect(problems).toEqual([
      {
        field: 'archive',
        message: `unpacks to ${50 * 1024 * 1024} bytes, more than the ${10 * 1024 * 1024} allowed; nothing was unpacked`,
      },
    ]);
  });

  it('refuses more entries than a module can have, without reading them', async () => {
    const many = await zipOf(
      Array.from({ length: 6001 }, (_, i) => [`media/${i}`, Buffer.from('x')] as [string, Buffer]),
    );
    const { archive, problems } = await open(many, 1024 * 1024);
    expect(archive).toBeNull();
    expect(problems).toEqual([{ field: 'archive', message: 'has 6001 entries; a module archive has at most 6000' }]);
    // Writing 6,001 entries takes a while on a loaded machine; no time is asserted.
  }, 60_000);

  it('lists the files of a sound archive, skipping folder entries', async () => {
    const sound = await zipOf([
      ['module.json', Buffer.from('{}')],
      ['media/', Buffer.alloc(0)],
    ]);
    const { archive, problems } = await open(sound, 1024);
    expect(problems).toEqual([]);
    expect([...(archive?.files.keys() ?? [])]).toEqual(['module.json']);
  });
});

describe('lessonPlace', () => {
  const lessons = [
    { title: 'Intro', blocks: [] },
    { title: 'Tillsyn', blocks: [{ type: 'text' }, { type: 'quiz' }] },
  ];
  it('names the lesson by number and title, and the block by number and type', () => {
    expect(lessonPlace(lessons, [1, 'blocks', 1, 'questions', 0, 'options'])).toBe(
      'module.json: lessons[1] "Tillsyn" blocks[1] (quiz): questions[0].options',
    );
    expect(lessonPlace(lessons, [0, 'title'])).toBe('module.json: lessons[0] "Intro": title');
    expect(lessonPlace(lessons, [])).toBe('module.json: lessons');
    expect(lessonPlace('not lessons', [3, 'blocks', 0])).toBe('module.json: lessons[3] blocks[0]');
  });
});
