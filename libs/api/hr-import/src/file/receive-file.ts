import { HttpStatus } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** 20,000 employees are about 2 MB of CSV; an XLSX of them less. Twenty times that is room enough. */
export const HR_FILE_MAX_BYTES = 40 * 1024 * 1024;

export const HR_FILE_TYPES = [
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/**
 * The request body, the file itself (as module archives and media are sent), read into memory:
 * a spreadsheet is read whole anyway, and the limit keeps it small.
 */
export async function receiveHrFile(request: Request): Promise<Buffer> {
  if (!request.is(HR_FILE_TYPES)) {
    throw new DomainError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ProblemCode.UnsupportedMediaType,
      'Send the file itself as the request body, as text/csv or as an Excel workbook (.xlsx).',
    );
  }
  if (Number(request.headers['content-length'] ?? 0) > HR_FILE_MAX_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > HR_FILE_MAX_BYTES) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(HttpStatus.BAD_REQUEST, ProblemCode.MalformedRequest, 'The file did not arrive whole.');
  }
  if (received === 0) {
    throw DomainError.unprocessable(ProblemCode.ImportFileUnreadable, 'The file is empty.');
  }
  return Buffer.concat(chunks);
}

function tooLarge(): DomainError {
  return new DomainError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    ProblemCode.PayloadTooLarge,
    `The file is larger than the ${HR_FILE_MAX_BYTES / (1024 * 1024)} MB an HR import may be.`,
  );
}
