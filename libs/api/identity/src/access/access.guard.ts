import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { AccessRule, ACCESS_KEY, Actor, CSRF_EXEMPT_KEY, DomainError } from '@larnav/api/common';
import { currentTenantScope, NoTenantError } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { IntegrationTokens } from '../tokens/integration-tokens.service';
import { PgThrottlerStorage } from '../rate-limit/pg-throttler.storage';
import { markSeen } from '../session/session-read';
import { ActorLoader } from './actor-loader';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrf = csrfSync({
  getTokenFromRequest: (request) => request.headers['x-csrf-token'] as string | undefined,
});

/**
 * Denies by default. A route is reachable only when it is marked public, signed-in or with a
 * permission, and the caller has it: a session of this municipality (idle and absolute timeouts,
 * active account, CSRF token on every state-changing request) or an integration token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
    private readonly tokens: IntegrationTokens,
    private readonly limits: PgThrottlerStorage,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule: denied`);
      throw new DomainError(HttpStatus.FORBIDDEN, ProblemCode.Forbidden, 'This route is not open to anyone.');
    }
    if (rule.kind === 'public') return true;
    // An address no municipality has: say so, rather than "sign in" to nowhere.
    if (!currentTenantScope()) throw new NoTenantError();

    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const response = context.switchToHttp().getResponse<Response>();
    // A bearer token decides alone: a wrong one is refused, not passed over for the session.
    const bearer = request.headers.authorization?.startsWith('Bearer ');
    const actor = bearer ? await this.fromToken(request, response) : await this.fromSession(request, context);
    if (!actor) throw new DomainError(HttpStatus.UNAUTHORIZED, ProblemCode.NotSignedIn, 'Sign in to continue.');
    request.actor = actor;

    if (rule.kind === 'signed-in' && !actor.personId) {
      throw new DomainError(HttpStatus.FORBIDDEN, ProblemCode.Forbidden, 'Only a signed-in person can do this.');
    }
    if (rule.kind === 'permission' && !actor.permissions.has(rule.permission)) {
      throw new DomainError(HttpStatus.FORBIDDEN, ProblemCode.Forbidden, 'You do not have permission to do this.');
    }
    return true;
  }

  /** Wrong tokens count against the caller's address, so secrets cannot be guessed at speed. */
  private async fromToken(request: Request, response: Response): Promise<Actor> {
    const header = request.headers.authorization ?? '';
    const key = `bearer-failures:${request.ip}`;
    const wait = await this.limits.blockedFor(key);
    if (wait > 0) throw tooManyAttempts(response, wait);
    const actor = await this.tokens.authenticate(header.slice('Bearer '.length).trim());
    if (actor) return actor;
    const limit = this.options.LARNAV_SIGN_IN_RATE_LIMIT;
    const record = await this.limits.increment(key, 60_000, limit, 60_000);
    if (record.isBlocked) throw tooManyAttempts(response, record.timeToBlockExpire);
    throw new DomainError(HttpStatus.UNAUTHORIZED, ProblemCode.NotSignedIn, 'The token is not valid.');
  }

  private async fromSession(request: Request, context: ExecutionContext): Promise<Actor | null> {
    const auth = request.session?.auth;
    const tenantId = currentTenantScope()?.tenantId;
    if (!auth || !tenantId) return null;
    // A session belongs to the municipality it was made at; another address does not honour it.
    if (auth.tenantId !== tenantId) return null;
    const absoluteMs = this.options.LARNAV_SESSION_ABSOLUTE_HOURS * 3_600_000;
    if (Date.now() - auth.signedInAt > absoluteMs) {
      await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
      return null;
    }
    const actor = await this.actors.forPerson(auth.personId, request.session.id);
    if (!actor) {
      await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
      return null;
    }
    markSeen(request);
    const exempt = this.reflector.getAllAndOverride<boolean>(CSRF_EXEMPT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!SAFE_METHODS.has(request.method) && !exempt && !csrf.isRequestValid(request)) {
      throw new DomainError(
        HttpStatus.FORBIDDEN,
        ProblemCode.CsrfInvalid,
        'The form has expired or did not come from Lärnav. Reload the page and try again.',
      );
    }
    return actor;
  }
}

function tooManyAttempts(response: Response, retryAfterSeconds: number): DomainError {
  response.setHeader('Retry-After', String(retryAfterSeconds));
  return new DomainError(
    HttpStatus.TOO_MANY_REQUESTS,
    ProblemCode.TooManyRequests,
    'Too many wrong tokens from your address. Wait a minute and try again.',
  );
}
