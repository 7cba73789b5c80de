import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemCode } from '@larnav/contracts';
import { DomainError } from './domain-error';

/** Whitelist, refuse unknown fields, transform: one pipe for every endpoint. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new DomainError(
        HttpStatus.BAD_REQUEST,
        ProblemCode.ValidationFailed,
        fields.map((f) => f.message).join('; '),
        fields,
      );
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
