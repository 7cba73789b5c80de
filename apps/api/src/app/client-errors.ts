import type { Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemDetails } from '@larnav/api/common';
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
    const body = JSON.stringify(problemDetails(status, ProblemCode.MalformedRequest, detail));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
