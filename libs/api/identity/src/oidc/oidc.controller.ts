import { Controller, Get, HttpStatus, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { DomainError, Public } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { SignInRateLimited } from '../rate-limit/sign-in-throttle';
import { claimsFromIdToken } from '../sign-in/identity-claims';
import { establishSession, originOf, safeReturnTo } from '../sign-in/session-establisher';
import { SignInConfigService } from '../sign-in/sign-in-config.service';
import { SignInRefused, SignInService } from '../sign-in/sign-in.service';
import { OidcClients } from './oidc-clients';

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
/** The web's sign-in page, where a failed sign-in lands with a translatable reason. */
export const SIGN_IN_PAGE = '/sign-in';

interface SignedIn {
  personId: string;
  idToken: string | undefined;
}

/**
 * OpenID Connect authorization-code flow with PKCE, state and nonce, through passport and
 * openid-client. Works with Microsoft Entra ID and with any other certified provider.
 */
@ApiTags('sign-in')
@Controller('auth/oidc')
@SignInRateLimited()
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly db: TenantDb,
    private readonly settings: SignInConfigService,
    private readonly clients: OidcClients,
    private readonly signIns: SignInService,
  ) {}

  @Get('login')
  @Public()
  @ApiOperation({ summary: "Start signing in at the municipality's OpenID provider" })
  async login(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string): Promise<void> {
    request.session.returnTo = safeReturnTo(returnTo);
    const strategy = await this.strategy(request);
    await runPassport(strategy, request, response);
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: 'Where the OpenID provider sends the browser back' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const strategy = await this.strategy(request);
    try {
      const signedIn = await runPassport<SignedIn>(strategy, request, response);
      if (!signedIn) return; // passport already answered (a redirect)
      const returnTo = await establishSession(request, {
        personId: signedIn.personId,
        tenantId: this.db.tenantId(),
        method: 'oidc',
        idToken: signedIn.idToken,
      });
      response.redirect(303, returnTo);
    } catch (error) {
      const reason = (error as Error).message;
      this.logger.warn(`OIDC sign-in refused: ${reason}`);
      if (!(error instanceof SignInRefused)) await this.signIns.recordFailure('oidc', reason, originOf(request));
      response.redirect(303, `${SIGN_IN_PAGE}?error=${ProblemCode.SignInFailed}`);
    }
  }

  private async strategy(request: Request) {
    const settings = await this.settings.oidc();
    if (!settings) {
      throw new DomainError(
        HttpStatus.NOT_FOUND,
        ProblemCode.SignInNotConfigured,
        'Sign-in with OpenID Connect is not set up for this municipality.',
      );
    }
    const configuration = await this.clients.configuration(this.db.tenantId(), settings);
    const callbackURL = `${request.protocol}://${request.get('host')}${OIDC_CALLBACK_PATH}`;
    return this.clients.strategy(configuration, { scope: settings.scopes, callbackURL }, (tokens, done) => {
      const claims = claimsFromIdToken((tokens.claims() ?? {}) as Record<string, unknown>);
      this.signIns
        .signIn(claims, settings, 'oidc', originOf(request))
        .then((person) => done(null, { personId: person.id, idToken: tokens.id_token } satisfies SignedIn))
        .catch((error) => done(error));
    });
  }
}

/**
 * Runs a passport strategy on this request. Resolves with the signed-in user, or undefined when
 * the strategy answered itself (the redirect to the provider); rejects on any failure.
 */
function runPassport<T>(strategy: passport.Strategy, request: Request, response: Response): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const next: NextFunction = (error?: unknown) => (error ? reject(error) : resolve(undefined));
    passport.authenticate(strategy, { session: false }, (error: unknown, user: T | false, info: unknown) => {
      if (error) return reject(error);
      if (!user) return reject(new Error(`sign-in failed: ${JSON.stringify(info)}`));
      resolve(user);
    })(request, response, next);
    response.once('finish', () => resolve(undefined));
  });
}
