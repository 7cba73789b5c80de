import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';

/**
 * Runs a passport strategy on this request. Resolves with the verified user, or undefined when
 * the strategy answered itself (the redirect or form to the IdP) or passed; rejects on failure.
 */
export function runStrategy<T>(
  strategy: passport.Strategy,
  request: Request,
  response: Response,
  options: passport.AuthenticateOptions & Record<string, unknown> = {},
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const next: NextFunction = (error?: unknown) => (error ? reject(error) : resolve(undefined));
    passport.authenticate(
      strategy,
      { ...options, session: false },
      (error: unknown, user: T | false, info: unknown) => {
        if (error) return reject(error);
        if (!user) return reject(new Error(`sign-in failed: ${JSON.stringify(info)}`));
        resolve(user);
      },
    )(request, response, next);
    response.once('finish', () => resolve(undefined));
  });
}
