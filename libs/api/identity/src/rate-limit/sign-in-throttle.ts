import { applyDecorators, HttpStatus, Injectable, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/**
 * The one throttler, for sign-in and token endpoints; its limit comes from the configuration.
 * Named `default` so that the response carries the standard Retry-After header.
 */
export const SIGN_IN_THROTTLER = 'default';

/** Answers an exceeded limit in problem+json like every other refusal. */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(): Promise<void> {
    throw new DomainError(
      HttpStatus.TOO_MANY_REQUESTS,
      ProblemCode.TooManyRequests,
      'Too many attempts from your address. Wait a minute and try again.',
    );
  }
}

/** Limits a controller's routes per client address, across every replica. */
export const SignInRateLimited = () => applyDecorators(UseGuards(SignInThrottlerGuard));
