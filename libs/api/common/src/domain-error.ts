import { HttpStatus } from '@nestjs/common';
import { ProblemCode } from '@larnav/contracts';

/**
 * A rule of the domain said no. Services throw these; the problem filter turns them into
 * RFC 9457 responses with the stable `code` the web translates.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: { field: string; message: string }[],
  ) {
    super(detail);
  }

  static notFound(code: ProblemCode, detail: string): DomainError {
    return new DomainError(HttpStatus.NOT_FOUND, code, detail);
  }

  static conflict(code: ProblemCode, detail: string): DomainError {
    return new DomainError(HttpStatus.CONFLICT, code, detail);
  }

  static unprocessable(code: ProblemCode, detail: string): DomainError {
    return new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
  }
}
