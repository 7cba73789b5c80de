import { Body, Controller, Get, HttpStatus, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, RequirePermission } from '@larnav/api/common';
import { Permission, ProblemCode } from '@larnav/contracts';
import { OidcSettingsDto, OidcSettingsResponse } from '../dto/admin.dto';
import { SignInConfig } from '../entities';
import { SignInConfigService } from './sign-in-config.service';

/** An admin sets the municipality's OpenID provider here; the client secret is write-only. */
@ApiTags('admin')
@Controller('admin/sign-in/oidc')
export class SignInSettingsController {
  constructor(private readonly settings: SignInConfigService) {}

  @Get()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'The OpenID Connect settings (without the secret)' })
  @ApiOkResponse({ type: OidcSettingsResponse })
  async get(): Promise<OidcSettingsResponse | null> {
    const row = await this.settings.find('oidc');
    return row ? toResponse(row) : null;
  }

  @Put()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'Set the OpenID Connect settings' })
  @ApiOkResponse({ type: OidcSettingsResponse })
  async put(@Body() body: OidcSettingsDto): Promise<OidcSettingsResponse> {
    // Saved settings replace the environment's; without a secret they could not sign anyone in.
    if (!body.clientSecret && !(await this.settings.find('oidc'))?.clientSecretEncrypted) {
      throw new DomainError(
        HttpStatus.BAD_REQUEST,
        ProblemCode.ValidationFailed,
        'clientSecret is required the first time.',
        [{ field: 'clientSecret', message: 'clientSecret is required the first time' }],
      );
    }
    return toResponse(await this.settings.save('oidc', body));
  }
}

function toResponse(row: SignInConfig): OidcSettingsResponse {
  return {
    issuer: row.issuer ?? '',
    clientId: row.clientId ?? '',
    hasClientSecret: !!row.clientSecretEncrypted,
    scopes: row.scopes,
    idpTenantId: row.idpTenantId,
    emailDomains: row.emailDomains,
    enabled: row.enabled,
  };
}
