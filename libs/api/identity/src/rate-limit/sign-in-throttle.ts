import { applyDecorators, ExecutionContext, HttpStatus, Injectable, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** The throttler's name for sign-in and token endpoints; its limit comes from the configuration. */
export const SIGN_IN_THROTTLER = 'sign-in';

/** Answers an exceeded limit in problem+json like every other refusal. */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext): Promise<void> {
    throw new DomainError(
      HttpStatus.TOO_MANY_REQUESTS,
      ProblemCode.TooManyRequests,
      'Too many attempts from your address. Wait a minute and try again.',
    );
  }
}

/** Limits a controller's routes per client address, across every replica. */
export const SignInRateLimited = () => applyDecorators(UseGuards(SignInThrottlerGuard));
