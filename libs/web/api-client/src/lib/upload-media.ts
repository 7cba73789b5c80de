import { ProblemCode, type Problem } from '@larnav/contracts';
import { CSRF_HEADER } from './csrf';
import { isProblem, ProblemError } from './problem-error';

export type MediaKind = 'video' | 'image' | 'document';

/** What the API keeps of an upload (POST /api/catalog/modules/{id}/media answers 201 with it). */
export interface UploadedMedia {
  id: string;
  kind: MediaKind;
  contentType: string;
  sizeBytes: number;
  fileName: string;
  url: string;
}

export interface UploadMediaOptions {
  moduleId: string;
  kind: MediaKind;
  file: File;
  csrfToken: string | undefined;
  /** Bytes sent so far and in all; called as the browser sends. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  baseUrl?: string;
}

/** Where the API serves an uploaded file of a module. */
export function mediaUrl(moduleId: string, mediaId: string, baseUrl = ''): string {
  return `${baseUrl}/api/catalog/modules/${encodeURIComponent(moduleId)}/media/${encodeURIComponent(mediaId)}`;
}

/**
 * Sends a file as the raw request body. XMLHttpRequest, not fetch: only it reports upload
 * progress, which a 2 GB video needs. Rejects with a ProblemError (413/415 from the intake).
 */
export function uploadMedia(options: UploadMediaOptions): Promise<UploadedMedia> {
  const { moduleId, kind, file, csrfToken, onProgress, signal, baseUrl = '' } = options;
  const query = new URLSearchParams({ kind, fileName: file.name });
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${baseUrl}/api/catalog/modules/${encodeURIComponent(moduleId)}/media?${query}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    if (csrfToken) request.setRequestHeader(CSRF_HEADER, csrfToken);
    request.withCredentials = true;
    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      // Not every browser sends a last progress event at 100 %; the bar ends full all the same.
      onProgress?.(file.size, file.size);
      const body = parse(request.responseText);
      if (request.status === 201 || request.status === 200) resolve(body as UploadedMedia);
      else reject(new ProblemError(problemFrom(body, request.status, request.statusText)));
    };
    request.onerror = () => reject(new ProblemError(problemFrom(undefined, 0, 'Network error')));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemFrom(body: unknown, status: number, statusText: string): Problem {
  if (isProblem(body)) return body;
  return {
    type: 'about:blank',
    title: statusText || `HTTP ${status}`,
    status,
    detail: `HTTP ${status}`,
    code: ProblemCode.Internal,
  };
}
