import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
// file-type 21 is ESM-only (22 needs Node 22). `file-type/core` is the entry whose exports a
// CommonJS require() resolves: Node 20.19+ loads it natively, and Jest's swc transform compiles it
// (jest.preset.js lists it among the ESM packages to transform). Only buffer sniffing is needed.
import { fileTypeFromBuffer } from 'file-type/core';

export type MediaKind = 'video' | 'image' | 'document';

/** What an upload turned out to be, by its bytes. */
export interface MediaType {
  kind: MediaKind;
  mediaType: string;
  extension: string;
}

/** The only types accepted, keyed by file-type's extension; its own MIME names are not relied on. */
const ACCEPTED: Record<string, MediaType> = Object.fromEntries(
  (
    [
      ['video', 'mp4', 'video/mp4'],
      ['video', 'webm', 'video/webm'],
      ['image', 'png', 'image/png'],
      ['image', 'jpg', 'image/jpeg'],
      ['image', 'webp', 'image/webp'],
      ['image', 'gif', 'image/gif'],
      ['document', 'pdf', 'application/pdf'],
      ['document', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['document', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['document', 'pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['document', 'odt', 'application/vnd.oasis.opendocument.text'],
      ['document', 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['document', 'odp', 'application/vnd.oasis.opendocument.presentation'],
    ] as const
  ).map(([kind, extension, mediaType]) => [extension, { kind, extension, mediaType }]),
);

const ALLOWED_WORDING: Record<MediaKind, string> = {
  video: 'MP4 or WebM video',
  image: 'PNG, JPEG, WebP or GIF images',
  document: 'PDF, Word, Excel, PowerPoint or OpenDocument documents',
};

/** Enough for every accepted type, Office's [Content_Types].xml included. */
export const SNIFF_BYTES = 64 * 1024;

/** Recognises the upload from its first bytes; a name or declared Content-Type is never asked. */
export async function recogniseMedia(head: Buffer, accept: readonly MediaKind[]): Promise<MediaType> {
  const detected = await fileTypeFromBuffer(head);
  const media = detected && ACCEPTED[detected.ext];
  if (media && accept.includes(media.kind)) return media;
  const found = detected ? `${detected.ext.toUpperCase()} (${detected.mime})` : describeUnrecognised(head);
  throw new DomainError(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    ProblemCode.UploadTypeNotAllowed,
    `The file's content is ${found}, which cannot be uploaded here. Allowed: ${accept.map((k) => ALLOWED_WORDING[k]).join('; ')}.`,
  );
}

export function tooLarge(kind: MediaKind, maxBytes: number): DomainError {
  return new DomainError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    ProblemCode.UploadTooLarge,
    `The file is larger than the ${formatSize(maxBytes)} allowed for ${kind === 'image' ? 'an image' : `a ${kind}`}.`,
  );
}

function describeUnrecognised(head: Buffer): string {
  // SVG is text, so file-type does not name it; say why it is refused rather than "unrecognised".
  if (/<svg[\s>]/i.test(head.subarray(0, 4096).toString('latin1')))
    return 'an SVG image, refused because SVG can carry scripts';
  return head.length === 0 ? 'empty' : 'of no recognised type';
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}
