import { Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditLog } from '@larnav/api/audit';
import { Actor, CurrentActor, Public, SignedIn } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { PeopleQueries, TeamService } from '@larnav/api/org';
import { csrf } from '../access/access.guard';
import { MeResponse, SessionStatusResponse, SignInMethodsResponse, SignOutResponse } from '../dto/auth.dto';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { OidcClients } from '../oidc/oidc-clients';
import { SignInConfigService } from './sign-in-config.service';
import { originOf } from './session-establisher';

@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly db: TenantDb,
    private readonly settings: SignInConfigService,
    private readonly clients: OidcClients,
    private readonly people: PeopleQueries,
    private readonly team: TeamService,
    private readonly audit: AuditLog,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Get('methods')
  @Public()
  @ApiOperation({ summary: 'How people of this municipality sign in' })
  @ApiOkResponse({ type: SignInMethodsResponse })
  async methods(): Promise<SignInMethodsResponse> {
    return { oidc: (await this.settings.oidc()) !== null, saml: (await this.settings.saml()) !== null };
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Who is signed in, with roles and a CSRF token' })
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentActor() actor: Actor, @Req() request: Request): Promise<MeResponse> {
    const person = await this.people.history(actor.personId ?? '', { kind: 'tenant' });
    return {
      person: { id: person.id, name: person.name, email: person.email, employments: person.employments },
      roles: actor.roles,
      permissions: [...actor.permissions],
      hrUnitIds: actor.hrUnitIds,
      managesTeam: actor.personId ? await this.team.managesAnyone(actor.personId, calendarDateAt(new Date())) : false,
      csrfToken: csrf.generateToken(request),
    };
  }

  @Get('session')
  @SignedIn()
  @ApiOperation({ summary: 'Whether the session is alive, cheaply: for keep-alive and expiry warnings' })
  @ApiOkResponse({ type: SessionStatusResponse })
  session(@CurrentActor() actor: Actor, @Req() request: Request): SessionStatusResponse {
    const signedInAt = request.session.auth?.signedInAt ?? Date.now();
    return {
      personId: actor.personId ?? '',
      roles: actor.roles,
      endsAt: new Date(signedInAt + this.options.LARNAV_SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
    };
  }

  @Post('sign-out')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'End this session, and the IdP session too (RP-initiated logout)' })
  @ApiOkResponse({ type: SignOutResponse })
  async signOut(@CurrentActor() actor: Actor, @Req() request: Request): Promise<SignOutResponse> {
    const auth = request.session.auth;
    const home = `${request.protocol}://${request.get('host')}/`;
    let redirectTo = home;
    if (auth?.method === 'oidc') {
      const settings = await this.settings.oidc();
      if (settings) {
        const configuration = await this.clients.configuration(this.db.tenantId(), settings);
        redirectTo = this.clients.endSessionUrl(configuration, auth.idToken, home) ?? home;
      }
    }
    await this.audit.record({ action: 'sign-out', actor, origin: originOf(request) });
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    return { redirectTo };
  }
}
