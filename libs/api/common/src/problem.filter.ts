import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { Problem, ProblemCode } from '@larnav/contracts';
import { ConstraintProblems } from './constraint-problems';
import { DomainError } from './domain-error';

const PG_INVALID_TEXT = '22P02';
const PG_DATE_OUT_OF_RANGE = '22008';

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable `code`. Unexpected
 * errors are logged with the request id and answered without internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  constructor(private readonly constraints: ConstraintProblems = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl;
    if (request.id !== undefined) problem.requestId = String(request.id);
    if (problem.status >= 500) this.logger.error(exception, (exception as Error)?.stack);
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
      // Values the DTOs cannot catch, such as a date PostgreSQL does not accept.
      if (pgCode === PG_INVALID_TEXT || pgCode === PG_DATE_OUT_OF_RANGE) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCode.ValidationFailed, 'A value is not valid.');
      }
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.Internal, 'Something went wrong on our side.');
  }
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
