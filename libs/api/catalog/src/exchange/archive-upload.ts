import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpStatus } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];

export interface ReceivedArchive {
  path: string;
  dispose(): Promise<void>;
}

/**
 * The request body, a module archive, streamed to a private temporary folder: a ZIP is read from
 * its end (the central directory), so it must be whole on disk, and a video never sits in memory.
 */
export async function receiveArchive(request: Request, maxBytes: number): Promise<ReceivedArchive> {
  if (!request.is(ZIP_TYPES)) {
    throw new DomainError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ProblemCode.UnsupportedMediaType,
      'Send the module archive itself as the request body, with Content-Type: application/zip.',
    );
  }
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') {
    throw new DomainError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ProblemCode.UnsupportedMediaType,
      'A module archive is sent as it is: a ZIP is compressed already.',
    );
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw archiveTooLarge(maxBytes);
  const folder = await mkdtemp(join(tmpdir(), 'larnav-import-'));
  const path = join(folder, 'module.zip');
  const dispose = () => rm(folder, { recursive: true, force: true });
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > maxBytes ? archiveTooLarge(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(request, limit, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await dispose();
    if (error instanceof DomainError) throw error;
    throw new DomainError(HttpStatus.BAD_REQUEST, ProblemCode.MalformedRequest, 'The archive did not arrive whole.');
  }
  return { path, dispose };
}

function archiveTooLarge(maxBytes: number): DomainError {
  return new DomainError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    ProblemCode.PayloadTooLarge,
    `The archive is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB an import may be.`,
  );
}
