import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
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
