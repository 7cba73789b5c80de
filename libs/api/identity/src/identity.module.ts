import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { OrgModule } from '@larnav/api/org';
import { TenancyModule } from '@larnav/api/tenancy';
import { AccessGuard } from './access/access.guard';
import { ActorLoader } from './access/actor-loader';
import { ClaimMappingsController } from './claim-mapping/claim-mappings.controller';
import { IDENTITY_OPTIONS, IdentityOptions, OIDC_FETCH } from './identity.options';
import { OidcClients } from './oidc/oidc-clients';
import { OidcController } from './oidc/oidc.controller';
import { PgThrottlerStorage } from './rate-limit/pg-throttler.storage';
import { SIGN_IN_THROTTLER, SignInThrottlerGuard } from './rate-limit/sign-in-throttle';
import { RoleGrantsController } from './roles/role-grants.controller';
import { RoleGrantsService } from './roles/role-grants.service';
import { AssertionReplayGuard } from './saml/assertion-replay-guard';
import { SamlController } from './saml/saml.controller';
import { SamlStrategies } from './saml/saml-strategies';
import { SessionRegistry } from './session/session-registry';
import { SessionMiddleware } from './session/session.middleware';
import { AccountsController } from './sign-in/accounts.controller';
import { AuthController } from './sign-in/auth.controller';
import { SamlSettingsController } from './sign-in/saml-settings.controller';
import { SignInConfigService } from './sign-in/sign-in-config.service';
import { SignInDiscoveryController } from './sign-in/sign-in-discovery.controller';
import { SignInSettingsController } from './sign-in/sign-in-settings.controller';
import { SignInService } from './sign-in/sign-in.service';
import { IntegrationTokensController } from './tokens/integration-tokens.controller';
import { IntegrationTokens } from './tokens/integration-tokens.service';

/**
 * Sign-in (OpenID Connect, SAML), sessions, roles and scopes, integration tokens. Installs the
 * global access guard: every route is denied unless it says who may reach it. Its
 * SessionMiddleware is installed once, in front of the API routes, by configureApp.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        DbModule,
        OrgModule,
        AuditModule,
        TenancyModule,
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [
              { name: SIGN_IN_THROTTLER, ttl: 60_000, limit: options.LARNAV_SIGN_IN_RATE_LIMIT, blockDuration: 60_000 },
            ],
            storage: new PgThrottlerStorage(dataSource),
          }),
        }),
      ],
      controllers: [
        AuthController,
        SignInDiscoveryController,
        OidcController,
        SamlController,
        AccountsController,
        RoleGrantsController,
        ClaimMappingsController,
        IntegrationTokensController,
        SignInSettingsController,
        SamlSettingsController,
      ],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        { provide: OIDC_FETCH, useValue: fetch },
        { provide: APP_GUARD, useClass: AccessGuard },
        ActorLoader,
        AssertionReplayGuard,
        IntegrationTokens,
        OidcClients,
        PgThrottlerStorage,
        RoleGrantsService,
        SamlStrategies,
        SessionMiddleware,
        SessionRegistry,
        SignInConfigService,
        SignInService,
        SignInThrottlerGuard,
      ],
      exports: [SessionMiddleware, SessionRegistry, IntegrationTokens, SignInConfigService, IDENTITY_OPTIONS],
    };
  }
}
