import { PassThrough } from 'node:stream';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import request from 'supertest';
import { requestLogging } from './logging';

// Nest's adapter brings its own Express 5: the same one here.
const express = require(require.resolve('express', { paths: [require.resolve('@nestjs/platform-express')] }));

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
}

describe('requestLogging', () => {
  let lines: Line[];
  let app: ReturnType<typeof express>;

  beforeEach(() => {
    lines = [];
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => lines.push(JSON.parse(line))),
    );
    app = express();
    app.use(requestLogging(pino({ level: 'info' }, out)));
    app.get('/api/fine', (_req: unknown, res: { json(body: unknown): void }) => {
      new PinoLogger({}).info('working on it');
      res.json({ ok: true });
    });
    app.get('/api/broken', (_req: unknown, res: { status(code: number): { end(): void } }) => res.status(503).end());
    app.get('/health/live', (_req: unknown, res: { end(): void }) => res.end());
  });

  // The line is written once the response has gone: wait a moment for it.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('writes one line a request with its id, method, URL and status; lines logged meanwhile carry the id', async () => {
    const response = await request(app).get('/api/fine?x=1').expect(200);
    await settle();
    const id = response.headers['x-request-id'];
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toEqual([
      expect.objectContaining({
        level: 30,
        reqId: id,
        req: { method: 'GET', url: '/api/fine?x=1' },
        res: { statusCode: 200 },
      }),
    ]);
    expect(lines.find((line) => line.msg === 'working on it')?.reqId).toBe(id);
  });

  it('writes a server error as an error, and keeps a sane id the caller sent', async () => {
    await request(app).get('/api/broken').set('x-request-id', 'lb-77').expect(503);
    await settle();
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'request errored', reqId: 'lb-77' })]);
  });

  it('does not log health probes', async () => {
    await request(app).get('/health/live').expect(200);
    await settle();
    expect(lines).toEqual([]);
  });
});
