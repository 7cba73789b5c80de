import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorDialect } from '@larnav/api/common';
import { Problem, ProblemCode } from '@larnav/contracts';

export const SCIM_BASE = '/scim/v2';
export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 §3.12's `scimType`s that Lärnav answers. */
export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidValue'
  | 'invalidPath'
  | 'noTarget'
  | 'uniqueness'
  | 'mutability'
  | 'tooMany';

/** A SCIM request Lärnav refuses, with the `scimType` a SCIM client acts on. */
export class ScimError extends DomainError {
  constructor(
    status: number,
    readonly scimType: ScimType | undefined,
    detail: string,
  ) {
    super(status, status === HttpStatus.NOT_FOUND ? ProblemCode.NotFound : ProblemCode.ValidationFailed, detail);
  }

  static badRequest(scimType: ScimType, detail: string): ScimError {
    return new ScimError(HttpStatus.BAD_REQUEST, scimType, detail);
  }

  static noSuch(detail: string): ScimError {
    return new ScimError(HttpStatus.NOT_FOUND, undefined, detail);
  }

  static taken(detail: string): ScimError {
    return new ScimError(HttpStatus.CONFLICT, 'uniqueness', detail);
  }
}

/** The scimType for a problem that did not start as a ScimError (guard, body parser, database). */
function scimTypeOf(problem: Problem, exception: unknown): ScimType | undefined {
  if (problem.status === HttpStatus.CONFLICT) return 'uniqueness';
  if (problem.status !== HttpStatus.BAD_REQUEST && problem.status !== HttpStatus.UNPROCESSABLE_ENTITY) return undefined;
  // Our own refusals are DomainErrors; any other 400 is a request that could not be read (JSON, escapes).
  const unread = problem.code === ProblemCode.MalformedRequest || !(exception instanceof DomainError);
  return unread ? 'invalidSyntax' : 'invalidValue';
}

export function isScimPath(request: { originalUrl?: string; url?: string }): boolean {
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0].toLowerCase();
  return path === SCIM_BASE || path.startsWith(`${SCIM_BASE}/`);
}

/**
 * Every error on /scim/v2, from the guard's 401 to a refused filter, as RFC 7644's error body:
 * SCIM clients (Entra ID) read `scimType` and `detail`, and do not understand problem+json.
 */
export const SCIM_ERROR_DIALECT: ErrorDialect = {
  appliesTo: isScimPath,
  send(response: Response, problem: Problem, exception: unknown) {
    const scimType = exception instanceof ScimError ? exception.scimType : scimTypeOf(problem, exception);
    // 422 is not a SCIM status: a value the service cannot take is a 400 invalidValue there.
    const status = problem.status === HttpStatus.UNPROCESSABLE_ENTITY ? HttpStatus.BAD_REQUEST : problem.status;
    response
      .status(status)
      .type(SCIM_CONTENT_TYPE)
      .send({
        schemas: [SCIM_ERROR_SCHEMA],
        status: String(status),
        ...(scimType ? { scimType } : {}),
        detail: problem.detail,
      });
  },
};
