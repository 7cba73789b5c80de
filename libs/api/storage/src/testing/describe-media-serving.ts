import { createServer, Server } from 'node:http';
import request from 'supertest';
import { DomainError } from '@larnav/api/common';
import { ServableMedia, sendMedia, ServeOptions } from '../serve-media';
import { chunked, patternBytes, sha256 } from './bytes';
import { StorageUnderTest } from './describe-file-storage';
import { mediaFile, mediaHeads } from './media-fixtures';

/** Keeps binary bodies as Buffers, whatever their type (superagent hands the parser Node's response). */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Serving over real HTTP, through a bare Node server as a Nest route would call it. */
export function describeMediaServing(name: string, factory: () => Promise<StorageUnderTest>): void {
  describe(`serving media from ${name}`, () => {
    const video = mediaFile(mediaHeads.mp4, 1_000_000);
    const media: ServableMedia = {
      key: 'tenant-a/m1/intro',
      size: video.length,
      sha256: sha256(video),
      mediaType: 'video/mp4',
    };
    const etag = `"${media.sha256}"`;
    let underTest: StorageUnderTest;
    let server: Server;
    let options: ServeOptions = {};
    let served: ServableMedia = media;

    beforeAll(async () => {
      underTest = await factory();
      await underTest.storage.put(media.key, chunked(video));
      server = createServer((req, res) =>
        sendMedia(req, res, underTest.storage, served, options).catch((error) => {
          res.statusCode = error instanceof DomainError ? error.status : 500;
          res.end(error instanceof DomainError ? error.code : String(error));
        }),
      );
    });
    beforeEach(() => {
      options = {};
      served = media;
    });
    afterAll(() => underTest?.close());

    const get = (headers: Record<string, string> = {}) =>
      request(server).get('/media').set(headers).buffer(true).parse(binary);

    it('sends the whole file with its type, length, validator and private caching', async () => {
      const res = await get().expect(200);
      expect(res.headers).toMatchObject({
        'content-type': 'video/mp4',
        'content-length': String(video.length),
        'accept-ranges': 'bytes',
        etag,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline',
      });
      expect(res.body.equals(video)).toBe(true);
    });

    it.each([
      ['the probe at the start', 'bytes=0-1', 0, 1],
      ['a seek into the middle', 'bytes=400000-499999', 400_000, 499_999],
      ['an open-ended seek', 'bytes=999000-', 999_000, 999_999],
      ['the last bytes (suffix)', 'bytes=-500', 999_500, 999_999],
      ['a range running past the end', 'bytes=999990-2000000', 999_990, 999_999],
    ])('answers %s with 206 and that part only', async (_what, range, start, end) => {
      const res = await get({ Range: range }).expect(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${video.length}`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(res.headers['content-type']).toBe('video/mp4');
      expect(res.body.equals(video.subarray(start, end + 1))).toBe(true);
    });

    it('answers a range beyond the end with 416 and the real size', async () => {
      const res = await get({ Range: `bytes=${video.length}-` }).expect(416);
      expect(res.headers['content-range']).toBe(`bytes */${video.length}`);
    });

    it('sends the whole file for several ranges or a malformed one', async () => {
      expect((await get({ Range: 'bytes=0-9,500-599' }).expect(200)).body.length).toBe(video.length);
      expect((await get({ Range: 'pages=1-2' }).expect(200)).body.length).toBe(video.length);
    });

    it('answers 304 to a browser that already holds this version', async () => {
      const res = await get({ 'If-None-Match': etag }).expect(304);
      expect(res.headers).toMatchObject({ etag, 'cache-control': 'private, max-age=3600' });
      await get({ 'If-None-Match': `"other", W/${etag}` }).expect(304);
      await get({ 'If-None-Match': '*' }).expect(304);
      await get({ 'If-None-Match': '"an-older-version"' }).expect(200);
    });

    it('sends the whole file when If-Range names another version', async () => {
      await get({ Range: 'bytes=0-1', 'If-Range': etag }).expect(206);
      expect((await get({ Range: 'bytes=0-1', 'If-Range': '"older"' }).expect(200)).body.length).toBe(video.length);
    });

    it('answers HEAD with the headers only', async () => {
      const res = await request(server).head('/media').set('Range', 'bytes=10-19').expect(206);
      expect(res.headers).toMatchObject({ 'content-length': '10', 'content-range': `bytes 10-19/${video.length}` });
    });

    it('offers a document for download under its name', async () => {
      const pdf = patternBytes(5000, 'pdf');
      await underTest.storage.put('tenant-a/m1/guide', chunked(pdf));
      served = {
        key: 'tenant-a/m1/guide',
        size: pdf.length,
        sha256: sha256(pdf),
        mediaType: 'application/pdf',
        fileName: 'Brandskydd – rutiner.pdf',
      };
      options = { disposition: 'attachment', maxAgeSeconds: 60 };
      const res = await get().expect(200);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Brandskydd ? rutiner.pdf"; filename*=UTF-8''Brandskydd%20%E2%80%93%20rutiner.pdf`,
      );
      expect(res.headers['cache-control']).toBe('private, max-age=60');
      expect(res.body.equals(pdf)).toBe(true);
      // Swedish letters are Latin-1, yet travel as UTF-8 too, with a plain-ASCII stand-in.
      served = { ...served, fileName: 'Åtgärder för ökad säkerhet.pdf' };
      expect((await get().expect(200)).headers['content-disposition']).toBe(
        `attachment; filename="Atgarder for okad sakerhet.pdf"; ` +
          `filename*=UTF-8''%C3%85tg%C3%A4rder%20f%C3%B6r%20%C3%B6kad%20s%C3%A4kerhet.pdf`,
      );
    });

    it('answers 404 without caching headers when the file is gone from storage', async () => {
      served = { ...media, key: 'tenant-a/m1/deleted' };
      const res = await get().expect(404);
      expect(res.body.toString()).toBe('media_not_found');
      expect(res.headers['etag']).toBeUndefined();
      expect(res.headers['cache-control']).toBeUndefined();
    });
  });
}
