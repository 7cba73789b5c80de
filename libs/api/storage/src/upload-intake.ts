import { Readable } from 'node:stream';
import { FileStorage, StoredObject } from './file-storage';
import { MediaKind, MediaType } from './media-types';
import { UploadGate, UploadLimits } from './upload-gate';

export interface UploadRequest {
  storage: FileStorage;
  key: string;
  /** Kinds this upload may be, e.g. only `video` for a lesson's video block. */
  accept: readonly MediaKind[];
  limits: UploadLimits;
  /** Content-Length when the client sent one: refused up front if already too large. */
  declaredBytes?: number;
}

/** Keep all of it in the media row: serving needs the sniffed type and the hash for its ETag. */
export type ReceivedMedia = StoredObject & MediaType;

/**
 * Takes an upload's byte stream (a raw request body or a multipart file stream) into storage.
 * Refuses a type not accepted (from its bytes, before anything is stored) or a size over the
 * kind's limit (mid-stream: the storage drops the partial object) with a DomainError. The file is
 * never held whole: memory stays at one sniffing window plus the streams' buffers.
 *
 * On refusal the rest of `body` is left unread: the caller answers, then drains or closes it.
 */
export async function receiveUpload(body: Readable, request: UploadRequest): Promise<ReceivedMedia> {
  const gate = new UploadGate(request.accept, request.limits, request.declaredBytes);
  const fail = (error: Error) => gate.destroy(error);
  const interrupted = () => {
    if (!body.readableEnded) gate.destroy(new Error('The upload was interrupted before it ended.'));
  };
  body.once('error', fail);
  body.once('close', interrupted);
  body.pipe(gate);
  try {
    const media = await gate.recognised;
    const stored = await request.storage.put(request.key, gate, { contentType: media.mediaType });
    return { ...stored, ...media };
  } catch (error) {
    body.unpipe(gate);
    gate.destroy();
    throw error;
  } finally {
    body.off('error', fail);
    body.off('close', interrupted);
  }
}
