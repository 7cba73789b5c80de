import type { Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemDetails } from '@larnav/api/common';
import { isScimPath, SCIM_CONTENT_TYPE, SCIM_ERROR_SCHEMA } from '@larnav/api/scim';
import { ProblemCode } from '@larnav/contracts';

/**
 * Requests Node's HTTP parser refuses before Express sees them (an address or headers over
 * 16 kB, a malformed request line) would get Node's bare answer with no body. They get a
 * problem+json like every other error.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const detail = tooLarge
      ? 'The address or the headers of the request are longer than the API accepts.'
      : 'The request could not be read.';
    // SCIM clients read SCIM's error body, even for a request too long to reach Express.
    const scim = isScimPath({ originalUrl: requestPath(error) });
    const body = JSON.stringify(
      scim
        ? { schemas: [SCIM_ERROR_SCHEMA], status: String(status), detail }
        : problemDetails(status, ProblemCode.MalformedRequest, detail),
    );
    const type = scim ? SCIM_CONTENT_TYPE : 'application/problem+json';
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${type}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** The path of the refused request, from the bytes Node's parser had read (its request line). */
function requestPath(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): string {
  const line = error.rawPacket?.toString('latin1', 0, 200) ?? '';
  return /^[A-Z]+ (\S+)/.exec(line)?.[1] ?? '';
}
