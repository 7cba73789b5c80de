import { ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemCode } from '@larnav/contracts';
import { DomainError } from './domain-error';
import { FieldProblem, schemaCheckOf, schemaProblems } from './body-schema';

/**
 * Whitelist, refuse unknown fields, transform: one pipe for every endpoint. A body whose DTO
 * carries a compiled schema (`@CheckedBySchema`) is checked by it instead, and kept as sent.
 */
class CheckingPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const check = metadata.type === 'body' ? schemaCheckOf(metadata.metatype) : undefined;
    if (!check) return super.transform(value, metadata);
    if (check(value)) return value;
    throw validationFailed(schemaProblems(check.errors ?? []));
  }
}

export function createValidationPipe(): ValidationPipe {
  return new CheckingPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

function validationFailed(fields: FieldProblem[]): DomainError {
  return new DomainError(
    HttpStatus.BAD_REQUEST,
    ProblemCode.ValidationFailed,
    fields.map((f) => f.message).join('; '),
    fields,
  );
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
