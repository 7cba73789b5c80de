import { request } from 'node:http';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
  timedOut: boolean;
}

const MAX_BODY = 64 * 1024;

/**
 * One request, exactly as given: raw path bytes, raw body, no redirects followed. Node's own
 * client, not fetch, because fetch normalises the very paths and headers the sweep must send.
 */
export function send(
  baseUrl: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  timeoutMs: number,
): Promise<Answer> {
  const base = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    let status = 0;
    let contentType = '';
    const done = (answer: Answer) => {
      if (!settled) {
        settled = true;
        resolve(answer);
      }
    };
    const outgoing = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path: url,
        headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
        // A fresh connection per request: a hang then cannot stall the next one.
        agent: false,
      },
      (response) => {
        status = response.statusCode ?? 0;
        contentType = String(response.headers['content-type'] ?? '');
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () =>
          done({ status, contentType, body: Buffer.concat(chunks).toString('utf8'), timedOut: false }),
        );
        response.on('error', () => done({ status, contentType, body: '', timedOut: false }));
      },
    );
    outgoing.setTimeout(timeoutMs, () => {
      outgoing.destroy();
      done({ status, contentType, body: '', timedOut: status === 0 });
    });
    // The server may answer (413, 400) and close before the whole body is written: the answer
    // it gave counts; status 0 means it gave none.
    outgoing.on('error', () => done({ status, contentType, body: '', timedOut: false }));
    outgoing.end(body);
  });
}
