import { createServer, IncomingMessage, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISCARD_LIMIT_BYTES, discardRestOfUpload, takesRawUpload } from './upload-body';

describe('takesRawUpload', () => {
  it('names the media upload route, whatever the letter case, and nothing else', () => {
    expect(takesRawUpload('POST', '/catalog/modules/6f1c2a/media')).toBe(true);
    expect(takesRawUpload('POST', '/CATALOG/modules/6f1c2a/Media/')).toBe(true);
    expect(takesRawUpload('GET', '/catalog/modules/6f1c2a/media')).toBe(false);
    expect(takesRawUpload('POST', '/catalog/modules/6f1c2a/media/0b7e')).toBe(false);
    expect(takesRawUpload('POST', '/catalog/modules/6f1c2a/draft')).toBe(false);
    expect(takesRawUpload('POST', '/catalog/modules')).toBe(false);
  });
});

describe('discardRestOfUpload', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    // Refuses every upload after its first chunk, as the intake does after sniffing.
    server = createServer((req, res) => {
      req.once('data', () => {
        req.pause();
        discardRestOfUpload(req, res);
        res.writeHead(415, { 'Content-Type': 'application/problem+json' }).end('{"status":415}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function post(size: number): Promise<{ status: number; connection?: string; socketClosed: Promise<void> }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', headers: { 'Content-Length': size } });
      req.on('response', (res: IncomingMessage) => {
        res.resume();
        const socketClosed = new Promise<void>((done) => res.socket.once('close', () => done()));
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, socketClosed });
      });
      // Past the limit the server cuts the connection while we still send: that is the point.
      // The reset may reach us before its answer does (a reset can drop unread data), so a
      // cut connection without an answer counts as closed too.
      req.on('error', (error) =>
        size > DISCARD_LIMIT_BYTES
          ? resolve({ status: 0, connection: 'reset', socketClosed: Promise.resolve() })
          : reject(error),
      );
      const chunk = Buffer.alloc(64 * 1024, 1);
      let sent = 0;
      const more = () => {
        while (sent < size) {
          const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
          sent += piece.length;
          if (!req.write(piece)) return void req.once('drain', more);
        }
        req.end();
      };
      more();
    });
  }

  it('reads and drops a modest remainder, so the refusal arrives and the connection stays usable', async () => {
    const answer = await post(3 * 1024 * 1024);
    expect(answer.status).toBe(415);
    expect(answer.connection).not.toBe('close');
  });

  it('closes the connection rather than read a large remainder', async () => {
    // Sending 40 MB takes a while on a loaded machine; no time is asserted.
    const answer = await post(DISCARD_LIMIT_BYTES + 8 * 1024 * 1024);
    if (answer.status !== 0) {
      expect(answer.status).toBe(415);
      expect(answer.connection).toBe('close');
    } else {
      expect(answer.connection).toBe('reset');
    }
    await answer.socketClosed;
  }, 60_000);
});
