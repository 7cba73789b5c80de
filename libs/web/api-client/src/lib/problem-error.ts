import { ProblemCode, type Problem } from '@larnav/contracts';

/** A failed API call, carrying the problem+json body so the UI can translate its stable `code`. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
  }
}

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Problem>;
  return typeof candidate.code === 'string' && typeof candidate.status === 'number';
}

/** The problem behind a query error, or undefined when the request never got an answer. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ProblemError ? error.problem : undefined;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Pick<Response, 'status' | 'statusText'> & { ok?: boolean };
}

/** openapi-fetch resolves on HTTP errors; TanStack Query needs a rejection to enter its error state. */
export function dataOrThrow<T>(result: FetchResult<T>): T {
  if (result.error === undefined && result.data !== undefined) return result.data;
  throw problemErrorOf(result);
}

/** For answers that may legitimately be empty: 204 No Content, or a setting that is not made yet. */
export function dataOrNull<T>(result: FetchResult<T>): T | null {
  if (result.error === undefined && isSuccess(result.response)) return result.data ?? null;
  throw problemErrorOf(result);
}

function isSuccess(response: FetchResult<unknown>['response']): boolean {
  return response.ok ?? (response.status >= 200 && response.status < 300);
}

function problemErrorOf(result: FetchResult<unknown>): ProblemError {
  if (isProblem(result.error)) return new ProblemError(result.error);
  // Not our error filter speaking (a proxy, a crashed process): keep the status, no code to translate.
  const { status, statusText } = result.response;
  return new ProblemError({
    type: 'about:blank',
    title: statusText || `HTTP ${status}`,
    status,
    detail: typeof result.error === 'string' && result.error ? result.error : `HTTP ${status}`,
    code: ProblemCode.Internal,
  });
}
