import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DomainError } from '@larnav/api/common';
import { LocalDiskStorage } from './local-disk.storage';
import { chunked, failingAfter, readAll, sha256 } from './testing/bytes';
import { mediaFile, mediaHeads, officeFile, openDocumentText } from './testing/media-fixtures';
import { UploadLimits } from './upload-gate';
import { receiveUpload, UploadRequest } from './upload-intake';

const MB = 1024 * 1024;
const limits: UploadLimits = { video: 2 * MB, image: 1 * MB, document: 1 * MB };
const everything = ['video', 'image', 'document'] as const;

describe('receiving an upload', () => {
  let dataDir: string;
  let storage: LocalDiskStorage;
  const request = (extra: Partial<UploadRequest> = {}): UploadRequest => ({
    storage,
    key: 'tenant-a/module-1/upload',
    accept: everything,
    limits,
    ...extra,
  });
  /** Every file under the media folder, partial files included. */
  const filesStored = async () =>
    (await readdir(join(dataDir, 'media'), { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'larnav-intake-'));
    storage = LocalDiskStorage.underDataDir(dataDir);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('stores a video and reports its sniffed type, size and hash', async () => {
    const video = mediaFile(mediaHeads.mp4, 1.5 * MB);
    const received = await receiveUpload(chunked(video), request());
    expect(received).toEqual({
      key: 'tenant-a/module-1/upload',
      kind: 'video',
      mediaType: 'video/mp4',
      extension: 'mp4',
      size: video.length,
      sha256: sha256(video),
    });
    expect((await readAll(await storage.read(received.key))).equals(video)).toBe(true);
  });

  it.each([
    ['webm', mediaFile(mediaHeads.webm, 100_000), 'video/webm'],
    ['png', mediaHeads.png, 'image/png'],
    ['jpeg', mediaFile(mediaHeads.jpeg, 5000), 'image/jpeg'],
    ['gif', mediaHeads.gif, 'image/gif'],
    ['webp', mediaFile(mediaHeads.webp, 300), 'image/webp'],
    ['pdf', mediaFile(mediaHeads.pdf, 200_000), 'application/pdf'],
    ['docx', officeFile('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', officeFile('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['pptx', officeFile('pptx'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['odt', openDocumentText(), 'application/vnd.oasis.opendocument.text'],
  ])('recognises %s by its content', async (_name, file, mediaType) => {
    await expect(receiveUpload(chunked(file, 1000), request())).resolves.toMatchObject({
      mediaType,
      size: file.length,
    });
  });

  it('refuses an executable whatever it claims to be, and stores nothing', async () => {
    const error = await receiveUpload(chunked(mediaFile(mediaHeads.exe, 200_000)), request()).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 415, code: 'upload_type_not_allowed' });
    expect(error.detail).toMatch(/content is EXE \(application\/x-msdownload\)/);
    expect(await filesStored()).toEqual([]);
  });

  it('refuses SVG, saying it can carry scripts', async () => {
    const error = await receiveUpload(chunked(mediaHeads.svg), request({ accept: ['image'] })).catch((e) => e);
    expect(error).toMatchObject({ code: 'upload_type_not_allowed' });
    expect(error.detail).toMatch(/SVG .* can carry scripts.*Allowed: PNG, JPEG, WebP or GIF images/);
    expect(await filesStored()).toEqual([]);
  });

  it('refuses a real file of a kind not accepted here', async () => {
    const error = await receiveUpload(chunked(mediaFile(mediaHeads.pdf, 1000)), request({ accept: ['video'] })).catch(
      (e) => e,
    );
    expect(error.detail).toBe(
      "The file's content is PDF (application/pdf), which cannot be uploaded here. Allowed: MP4 or WebM video.",
    );
    expect(await filesStored()).toEqual([]);
  });

  it('refuses an empty file', async () => {
    await expect(receiveUpload(chunked(Buffer.alloc(0)), request())).rejects.toMatchObject({
      detail: expect.stringMatching(/content is empty/),
    });
  });

  it('stops reading and stores nothing once a video passes its limit', async () => {
    let sent = 0;
    const video = mediaFile(mediaHeads.mp4, 8 * MB);
    const body = Readable.from(
      (function* () {
        for (const chunk of slices(video)) {
          sent += chunk.length;
          yield chunk;
        }
      })(),
    );
    const error = await receiveUpload(body, request()).catch((e) => e);
    expect(error).toMatchObject({ status: 413, code: 'upload_too_large' });
    expect(error.detail).toBe('The file is larger than the 2 MB allowed for a video.');
    expect(await filesStored()).toEqual([]);
    // Refused while streaming: far from the whole 8 MB was read.
    expect(sent).toBeLessThan(4 * MB);
  });

  it('applies the limit of the kind the content turns out to be', async () => {
    const image = mediaFile(mediaHeads.png, 1.5 * MB);
    await expect(receiveUpload(chunked(image), request())).rejects.toMatchObject({
      detail: 'The file is larger than the 1 MB allowed for an image.',
    });
    await expect(receiveUpload(chunked(mediaFile(mediaHeads.mp4, 1.5 * MB)), request())).resolves.toMatchObject({
      kind: 'video',
    });
  });

  it('refuses a declared length over the limit before storing a byte', async () => {
    const error = await receiveUpload(
      chunked(mediaFile(mediaHeads.mp4, 100_000)),
      request({ declaredBytes: 3 * MB }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: 'upload_too_large' });
    expect(await filesStored()).toEqual([]);
  });

  it('stores nothing when the client goes away mid-upload', async () => {
    await expect(receiveUpload(failingAfter(mediaFile(mediaHeads.mp4, MB)), request())).rejects.toThrow(
      'connection lost',
    );
    expect(await filesStored()).toEqual([]);
  });
});

function* slices(bytes: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('receiving an upload over HTTP', () => {
  let dataDir: string;
  let server: Server;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'larnav-intake-http-'));
    const storage = LocalDiskStorage.underDataDir(dataDir);
    server = createServer((req, res) => {
      receiveUpload(req, {
        storage,
        key: `tenant-a/${req.url?.slice(1)}`,
        accept: ['video'],
        limits,
        declaredBytes: Number(req.headers['content-length'] ?? 0),
      }).then(
        (media) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(media)),
        (error: DomainError) => {
          // As a route would: answer, then read the rest away so the client hears the answer.
          res.writeHead(error.status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: error.code }));
          req.resume();
        },
      );
    });
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('takes a raw request body in, trusting neither its name nor its declared type', async () => {
    const video = mediaFile(mediaHeads.mp4, 1.5 * MB - 1);
    const res = await request(server).post('/intro').set('Content-Type', 'image/png').send(video).expect(200);
    expect(res.body).toMatchObject({ mediaType: 'video/mp4', size: video.length, sha256: sha256(video) });
  });

  it('answers 413 to a body over the limit and keeps none of it', async () => {
    const res = await request(server)
      .post('/long')
      .set('Content-Type', 'video/mp4')
      .send(mediaFile(mediaHeads.mp4, 5 * MB))
      .expect(413);
    expect(res.body).toEqual({ code: 'upload_too_large' });
    const files = await readdir(join(dataDir, 'media'), { recursive: true, withFileTypes: true }).catch(() => []);
    // Neither the object nor a partial file of it.
    const kept = files.filter(
      (entry) => entry.isFile() && (entry.name === 'long' || entry.parentPath.endsWith('.partial')),
    );
    expect(kept).toEqual([]);
  });

  it('answers 415 to a page posing as a video', async () => {
    const res = await request(server)
      .post('/fake')
      .set('Content-Type', 'video/mp4')
      .send(Buffer.from('<!doctype html><script>x()</script>'))
      .expect(415);
    expect(res.body).toEqual({ code: 'upload_type_not_allowed' });
  });
});
