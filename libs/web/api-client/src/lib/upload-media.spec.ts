import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProblemCode } from '@larnav/contracts';
import { problemOf } from './problem-error';
import { uploadMedia } from './upload-media';

// A real HTTP server on another port: the request jsdom's XMLHttpRequest sends is the browser's.
let server: Server;
let baseUrl: string;
let received: { url?: string; headers: IncomingMessage['headers']; body: Buffer }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': 'content-type, x-csrf-token, accept',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ url: request.url, headers: request.headers, body });
      if (body.length > 1000) {
        response.writeHead(413, { ...cors, 'Content-Type': 'application/problem+json' });
        response.end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Too large',
            status: 413,
            code: ProblemCode.PayloadTooLarge,
            detail: 'At most 1000 bytes',
          }),
        );
        return;
      }
      response.writeHead(201, { ...cors, 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'media-1',
          kind: 'image',
          contentType: 'image/png',
          sizeBytes: body.length,
          fileName: 'ritning.png',
          url: '/x',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

describe('uploadMedia', () => {
  it('sends the raw file with the CSRF token, kind and name, and reports progress', async () => {
    const progress: number[] = [];
    const file = new File([new Uint8Array(600).fill(7)], 'ritning.png', { type: 'image/png' });
    const media = await uploadMedia({
      moduleId: 'module-1',
      kind: 'image',
      file,
      csrfToken: 'token-123',
      baseUrl,
      onProgress: (sent) => progress.push(sent),
    });
    expect(media).toMatchObject({ id: 'media-1', sizeBytes: 600 });
    expect(received).toHaveLength(1);
    expect(received[0].url).toBe('/api/catalog/modules/module-1/media?kind=image&fileName=ritning.png');
    expect(received[0].headers['x-csrf-token']).toBe('token-123');
    expect(received[0].headers['content-type']).toBe('image/png');
    expect(received[0].body.equals(Buffer.alloc(600, 7))).toBe(true);
    expect(progress.at(-1)).toBe(600);
  });

  it('rejects with the problem the API answered, so the editor can say the file is too large', async () => {
    const file = new File([new Uint8Array(2000)], 'film.mp4', { type: 'video/mp4' });
    const error = await uploadMedia({ moduleId: 'module-1', kind: 'video', file, csrfToken: 't', baseUrl }).catch(
      (rejected: unknown) => rejected,
    );
    expect(problemOf(error)).toMatchObject({ status: 413, code: ProblemCode.PayloadTooLarge });
  });
});
