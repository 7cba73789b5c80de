import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Params } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
import pino, { Logger } from 'pino';

const REQUEST_ID = 'x-request-id';

/**
 * Structured JSON logs, one line a request, each with a request id the client also sees. The
 * application's own log lines (Nest's Logger through nestjs-pino) carry the request id too.
 */
export function loggerOptions(level: string): Params {
  return {
    pinoHttp: {
      logger: pino(
        { level, redact: ['req.headers.cookie', 'req.headers.authorization'] },
        // Written in the background: lines that come while a write is under way go out together
        // in the next, instead of one blocking write each (issue 8: a line a request). pino
        // writes what is left when the process exits, a crash included.
        pino.destination({ dest: 1, sync: false }),
      ),
    },
    // The request middleware below replaces pino-http's, which built and redacted a child
    // logger with the whole request for every request, logged or not (issue 8's profile).
    useExisting: true,
    forRoutes: [],
  };
}

/** The request id: a sane one the caller (a load balancer) sent, else a new one. */
export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[REQUEST_ID];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID, id);
  return id;
}

/**
 * Gives every request its id and, when it ends, one log line (method, URL, status, time).
 * Health probes run every few seconds and are not logged; their ids are still answered.
 */
export function requestLogging(root: Logger) {
  return (request: Request & { id?: string }, response: Response, next: NextFunction): void => {
    const id = requestId(request, response);
    request.id = id;
    const started = Date.now();
    if (!request.url.startsWith('/health')) {
      // 'close' comes once the response is sent, or when the connection ended before that.
      response.once('close', () => {
        const line = {
          reqId: id,
          req: { method: request.method, url: request.originalUrl },
          res: { statusCode: response.statusCode },
          responseTime: Date.now() - started,
        };
        if (response.statusCode >= 500) root.error(line, 'request errored');
        else root.info(line, 'request completed');
      });
    }
    // The request's child logger is made only if something logs during the request.
    let child: Logger | undefined;
    const store = {
      get logger() {
        child ??= root.child({ reqId: id });
        return child;
      },
    };
    storage.run(store as Store, next);
  };
}
