import { HttpStatus } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** A Teams report is a few kilobytes per hundred participants; this leaves room for the largest meetings. */
export const REPORT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The uploaded file itself, read from the request: the JSON and form parsers leave any other
 * content type unread. A body one of them already parsed was no file.
 */
export async function reportBody(req: Request): Promise<Buffer> {
  if ((req as { _body?: boolean })._body || req.readableEnded) {
    throw new DomainError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ProblemCode.UnsupportedMediaType,
      'Send the attendance report file itself as the request body (Content-Type text/tab-separated-values, text/csv or application/octet-stream).',
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > REPORT_MAX_BYTES) {
      req.resume();
      throw new DomainError(
        HttpStatus.PAYLOAD_TOO_LARGE,
        ProblemCode.PayloadTooLarge,
        `An attendance report may be at most ${REPORT_MAX_BYTES / 1024 / 1024} MB.`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
