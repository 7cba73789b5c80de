import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { Problem, ProblemCode } from '@larnav/contracts';
import { ConstraintProblems } from './constraint-problems';
import { DomainError } from './domain-error';

/** PostgreSQL's error classes (SQLSTATE), for the errors no named constraint explains. */
const PG_DATA_EXCEPTION = '22';
const PG_NOT_NULL = '23502';
const PG_FOREIGN_KEY = '23503';
const PG_UNIQUE = '23505';
const PG_CHECK = '23514';
const PG_EXCLUSION = '23P01';

/** body-parser's errors (http-errors with `type`): the request could not be read. */
const UNREADABLE: Record<string, { status: number; code: ProblemCode; detail: string }> = {
  'entity.too.large': {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: ProblemCode.PayloadTooLarge,
    detail: 'The request is larger than the API accepts.',
  },
  'parameters.too.many': {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: ProblemCode.PayloadTooLarge,
    detail: 'The form has more fields than the API accepts.',
  },
  'entity.parse.failed': {
    status: HttpStatus.BAD_REQUEST,
    code: ProblemCode.MalformedRequest,
    detail: 'The request body is not valid JSON.',
  },
  'charset.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: ProblemCode.UnsupportedMediaType,
    detail: 'The request is in a character set the API does not read: send UTF-8.',
  },
  'encoding.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: ProblemCode.UnsupportedMediaType,
    detail: 'The request is compressed in a way the API does not read: send gzip, deflate or nothing.',
  },
};

/**
 * Another protocol's error body for the paths it serves (SCIM's `urn:…:Error` on /scim/v2): the
 * same problem, worked out once here, written in the words that protocol's clients read.
 */
export interface ErrorDialect {
  appliesTo(request: Request): boolean;
  send(response: Response, problem: Problem, exception: unknown): void;
}

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable `code`, or in a
 * dialect for the paths that speak another protocol. Unexpected errors are logged with the
 * request id and answered without internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  constructor(
    private readonly constraints: ConstraintProblems = {},
    private readonly dialects: ErrorDialect[] = [],
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl;
    if (request.id !== undefined) problem.requestId = String(request.id);
    if (problem.status >= 500) this.logger.error(exception, (exception as Error)?.stack);
    const dialect = this.dialects.find((d) => d.appliesTo(request));
    if (dialect) return dialect.send(response, problem, exception);
    response.status(problem.status).type('application/problem+json').send(problem);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return problem(exception.status, exception.code, exception.detail, exception.errors);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === HttpStatus.NOT_FOUND ? ProblemCode.NotFound : ProblemCode.ValidationFailed;
      return problem(status, status >= 500 ? ProblemCode.Internal : code, httpDetail(exception));
    }
    if (exception instanceof QueryFailedError) {
      const { code: pgCode, constraint } = exception.driverError as { code?: string; constraint?: string };
      const known = constraint ? this.constraints[constraint] : undefined;
      if (known) return problem(known.status, known.code, known.detail);
      const general = databaseProblem(pgCode ?? '');
      if (general) return general;
    }
    const unreadable = readError(exception);
    if (unreadable) return unreadable;
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.Internal, 'Something went wrong on our side.');
  }
}

/**
 * A rule PostgreSQL enforces that no DTO or named constraint explained: still the person's
 * input, so a 4xx, never a 500. (The transaction has rolled back; nothing was written.)
 */
function databaseProblem(pgCode: string): Problem | null {
  if (pgCode.startsWith(PG_DATA_EXCEPTION)) {
    return problem(HttpStatus.BAD_REQUEST, ProblemCode.ValidationFailed, 'A value is not valid.');
  }
  switch (pgCode) {
    case PG_NOT_NULL:
      return problem(HttpStatus.BAD_REQUEST, ProblemCode.ValidationFailed, 'A required value is missing.');
    case PG_CHECK:
      return problem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        ProblemCode.ValidationFailed,
        'A value is outside what is allowed.',
      );
    case PG_UNIQUE:
    case PG_EXCLUSION:
      return problem(HttpStatus.CONFLICT, ProblemCode.AlreadyExists, 'That already exists.');
    case PG_FOREIGN_KEY:
      return problem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        ProblemCode.ReferencedRecordMissing,
        'The request names something that does not exist.',
      );
    default:
      return null;
  }
}

/** An error from reading the request (body-parser, or a bad percent-escape in the address). */
function readError(exception: unknown): Problem | null {
  const error = exception as { type?: unknown; status?: unknown; expose?: unknown };
  if (typeof error?.status !== 'number' || error.status < 400 || error.status >= 500) return null;
  const known = typeof error.type === 'string' ? UNREADABLE[error.type] : undefined;
  if (known) return problem(known.status, known.code, known.detail);
  if (error.expose !== true) return null;
  return problem(error.status, ProblemCode.MalformedRequest, 'The request could not be read.');
}

/** A problem+json body, for the few places outside Nest that must answer one. */
export function problemDetails(status: number, code: ProblemCode, detail: string): Problem {
  return problem(status, code, detail);
}

function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: { field: string; message: string }[],
): Problem {
  return {
    type: `https://larnav.se/problems/${code}`,
    title: titleFor(status),
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

function httpDetail(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

function titleFor(status: number): string {
  return (HttpStatus[status] ?? 'ERROR')
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^\w/, (c) => c.toUpperCase());
}
