import { Controller, Get, Header, HttpStatus, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CsrfExempt, DomainError, Public } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { SIGN_IN_PAGE } from '../oidc/oidc.controller';
import { SignInRateLimited } from '../rate-limit/sign-in-throttle';
import { establishSession, originOf, safeReturnTo } from '../sign-in/session-establisher';
import { SamlSettings, SignInConfigService } from '../sign-in/sign-in-config.service';
import { SignInRefused, SignInService } from '../sign-in/sign-in.service';
import { InvalidIdpMetadata } from './idp-metadata';
import { runStrategy } from './run-strategy';
import { SamlStrategies, VerifiedAssertion } from './saml-strategies';
import { serviceProviderAt, serviceProviderMetadata } from './service-provider';

/** The SAML bindings allow at most 80 bytes of RelayState; a longer return path falls back to the start page. */
const MAX_RELAY_STATE_BYTES = 80;

/**
 * SAML 2.0 Web SSO for municipalities on ADFS-style IdPs: the AuthnRequest goes out by redirect
 * (or form), the signed response comes back as a cross-site form POST.
 */
@ApiTags('sign-in')
@Controller('auth/saml')
export class SamlController {
  private readonly logger = new Logger(SamlController.name);

  constructor(
    private readonly db: TenantDb,
    private readonly settings: SignInConfigService,
    private readonly strategies: SamlStrategies,
    private readonly signIns: SignInService,
  ) {}

  @Get('metadata')
  @Public()
  @Header('Content-Type', 'application/samlmetadata+xml')
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({ summary: "Lärnav's SAML service-provider metadata, for registering Lärnav in ADFS" })
  metadata(@Req() request: Request): string {
    this.db.tenantId(); // only at a municipality's address
    return serviceProviderMetadata(serviceProviderAt(siteOf(request)));
  }

  @Get('login')
  @Public()
  @SignInRateLimited()
  @ApiOperation({ summary: "Start signing in at the municipality's SAML identity provider" })
  async login(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string): Promise<void> {
    if (carriesSamlMessage(request.query)) {
      throw new DomainError(HttpStatus.BAD_REQUEST, ProblemCode.SignInFailed, 'SAML messages are not accepted here.');
    }
    const path = safeReturnTo(returnTo);
    // The session cookie will not come back with the IdP's POST, so the return path travels as RelayState.
    const relayState = Buffer.byteLength(path) <= MAX_RELAY_STATE_BYTES ? path : '/';
    await runStrategy(this.strategy(request, await this.configured(), relayState), request, response);
  }

  @Post('callback')
  @Public()
  @CsrfExempt() // the IdP's signature over the assertion protects this POST; it carries no session
  @SignInRateLimited()
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Where the SAML identity provider posts its signed response' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const tenantId = this.db.tenantId();
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      // Only a login response: passport-saml would otherwise also take logout messages here.
      if (typeof body['SAMLResponse'] !== 'string' || 'SAMLRequest' in body || carriesSamlMessage(request.query)) {
        throw new Error('The request carries no SAML response.');
      }
      const settings = await this.configured();
      const verified = await runStrategy<VerifiedAssertion>(this.strategy(request, settings), request, response);
      if (!verified) throw new Error('The SAML response signed no one in.');
      const person = await this.signIns.signIn(verified.claims, settings, 'saml', originOf(request));
      request.session.returnTo = safeReturnTo(body['RelayState']);
      const returnTo = await establishSession(request, { personId: person.id, tenantId, method: 'saml' });
      response.redirect(303, returnTo);
    } catch (error) {
      const reason = (error as Error).message;
      this.logger.warn(`SAML sign-in refused: ${reason}`);
      // SignInService audits its own refusals; a bad signature, audience or age is audited here.
      if (!(error instanceof SignInRefused)) await this.signIns.recordFailure('saml', reason, originOf(request));
      response.redirect(303, `${SIGN_IN_PAGE}?error=${ProblemCode.SignInFailed}`);
    }
  }

  private async configured(): Promise<SamlSettings> {
    const settings = await this.settings.saml();
    if (!settings) {
      throw new DomainError(
        HttpStatus.NOT_FOUND,
        ProblemCode.SignInNotConfigured,
        'Sign-in with SAML is not set up for this municipality.',
      );
    }
    return settings;
  }

  private strategy(request: Request, settings: SamlSettings, relayState?: string) {
    try {
      return this.strategies.forRequest(this.db.tenantId(), settings, siteOf(request), relayState);
    } catch (error) {
      // Checked when an admin saves it, so only metadata stored some other way gets here.
      if (!(error instanceof InvalidIdpMetadata)) throw error;
      throw new DomainError(
        HttpStatus.NOT_FOUND,
        ProblemCode.SignInNotConfigured,
        `The SAML settings cannot be used: ${error.message}`,
      );
    }
  }
}

/** This municipality's address as the browser used it, like the OpenID Connect callback's. */
function siteOf(request: Request): string {
  return `${request.protocol}://${request.get('host')}`;
}

function carriesSamlMessage(query: Request['query']): boolean {
  return query['SAMLRequest'] !== undefined || query['SAMLResponse'] !== undefined;
}
