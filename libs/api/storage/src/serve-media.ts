import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import contentDisposition from 'content-disposition';
import parseRange from 'range-parser';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
import { ByteRange, FileStorage, ObjectNotFoundError } from './file-storage';

/** What the media row knows about a stored file; its type is the sniffed one, never the client's. */
export interface ServableMedia {
  key: string;
  size: number;
  sha256: string;
  mediaType: string;
  /** Offered to the browser as the file's name. */
  fileName?: string;
}

export interface ServeOptions {
  /** `attachment`: save rather than show (documents offered for download). */
  disposition?: 'inline' | 'attachment';
  /** How long a browser may reuse its copy without asking; the ETag settles it after that. */
  maxAgeSeconds?: number;
}

/**
 * Answers a GET or HEAD for stored media: whole, or one byte range (seeking in video), with
 * revalidation by ETag. The caller has already checked the person may see the module: the
 * response is `private`, so no shared cache keeps it for someone else.
 * Takes Node's request and response, so an Express `@Req()`/`@Res()` pair fits as it is.
 */
export async function sendMedia(
  req: IncomingMessage,
  res: ServerResponse,
  storage: FileStorage,
  media: ServableMedia,
  options: ServeOptions = {},
): Promise<void> {
  const etag = `"${media.sha256}"`;
  const common = {
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Cache-Control': `private, max-age=${options.maxAgeSeconds ?? 3600}`,
    'X-Content-Type-Options': 'nosniff',
  };
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, common).end();
    return;
  }
  const range = requestedRange(req, media.size, etag);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'Content-Range': `bytes */${media.size}` }).end();
    return;
  }
  const length = range ? range.end - range.start + 1 : media.size;
  const headers = {
    ...common,
    'Content-Type': media.mediaType,
    'Content-Length': String(length),
    'Content-Disposition': disposition(media.fileName, options.disposition ?? 'inline'),
    ...(range && { 'Content-Range': `bytes ${range.start}-${range.end}/${media.size}` }),
  };
  if (req.method === 'HEAD') {
    res.writeHead(range ? 206 : 200, headers).end();
    return;
  }
  // Opened before any header is written, so a missing object still gets a proper 404.
  const body = await storage.read(media.key, range ?? undefined).catch((error) => {
    if (error instanceof ObjectNotFoundError)
      throw DomainError.notFound(ProblemCode.MediaNotFound, 'The file is no longer stored.');
    throw error;
  });
  res.writeHead(range ? 206 : 200, headers);
  try {
    await pipeline(body, res);
  } catch (error) {
    // A viewer that seeks or closes the tab drops the connection mid-file: nothing went wrong.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

/**
 * The name twice: UTF-8 in `filename*`, and an ASCII stand-in in `filename`. Left to itself the
 * library sends a Latin-1 name ("Karta över.png") as raw bytes, which clients decode differently.
 */
function disposition(fileName: string | undefined, type: 'inline' | 'attachment'): string {
  if (fileName === undefined) return contentDisposition(undefined, { type });
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
  return contentDisposition(fileName, { type, fallback: ascii });
}

/** One satisfiable range, null for the whole file, or 'unsatisfiable' (416). */
function requestedRange(req: IncomingMessage, size: number, etag: string): ByteRange | null | 'unsatisfiable' {
  const header = req.headers.range;
  if (!header) return null;
  // If-Range: the client's partial copy is of another version, so it gets the whole file.
  const ifRange = req.headers['if-range'];
  if (ifRange && ifRange !== etag) return null;
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  // Malformed, another unit, or several ranges (multipart/byteranges, which players do not use): the whole file.
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  return ranges[0];
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate === etag || candidate === `W/${etag}`;
  });
}
