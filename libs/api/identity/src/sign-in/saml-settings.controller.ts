import { Body, Controller, Get, HttpStatus, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError, RequirePermission } from '@larnav/api/common';
import { Permission, ProblemCode } from '@larnav/contracts';
import { SignInConfig } from '../entities';
import { IdpMetadata, InvalidIdpMetadata, parseIdpMetadata } from '../saml/idp-metadata';
import { SamlSettingsDto, SamlSettingsResponse } from '../saml/saml-settings.dto';
import { SAML_METADATA_PATH, serviceProviderAt } from '../saml/service-provider';
import { SignInConfigService } from './sign-in-config.service';

/** An admin sets the municipality's SAML IdP here, by pasting the IdP's metadata. */
@ApiTags('admin')
@Controller('admin/sign-in/saml')
export class SamlSettingsController {
  constructor(private readonly settings: SignInConfigService) {}

  @Get()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'The SAML settings, with what was read from the IdP metadata' })
  @ApiOkResponse({ type: SamlSettingsResponse })
  async get(@Req() request: Request): Promise<SamlSettingsResponse | null> {
    const row = await this.settings.find('saml');
    return row ? toResponse(row, request) : null;
  }

  @Put()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({
    summary: 'Set the SAML settings; the metadata must name the IdP, its sign-in address and signing certificate',
  })
  @ApiOkResponse({ type: SamlSettingsResponse })
  async put(@Body() body: SamlSettingsDto, @Req() request: Request): Promise<SamlSettingsResponse> {
    try {
      parseIdpMetadata(body.metadata);
    } catch (error) {
      if (!(error instanceof InvalidIdpMetadata)) throw error;
      throw new DomainError(HttpStatus.BAD_REQUEST, ProblemCode.ValidationFailed, error.message, [
        { field: 'metadata', message: error.message },
      ]);
    }
    const { metadata, idpTenantId, emailDomains, enabled } = body;
    // A field left out keeps its stored value.
    const changes = Object.fromEntries(
      Object.entries({ idpTenantId, emailDomains, enabled }).filter(([, v]) => v !== undefined),
    );
    return toResponse(await this.settings.save('saml', { ...changes, samlMetadata: metadata }), request);
  }
}

function toResponse(row: SignInConfig, request: Request): SamlSettingsResponse {
  const origin = `${request.protocol}://${request.get('host')}`;
  const sp = serviceProviderAt(origin);
  return {
    metadata: row.samlMetadata ?? '',
    idp: summary(row.samlMetadata),
    idpTenantId: row.idpTenantId,
    emailDomains: row.emailDomains,
    enabled: row.enabled,
    serviceProvider: { entityId: sp.entityId, acsUrl: sp.acsUrl, metadataUrl: `${origin}${SAML_METADATA_PATH}` },
  };
}

function summary(metadata: string | null): SamlSettingsResponse['idp'] {
  let idp: IdpMetadata;
  try {
    idp = parseIdpMetadata(metadata ?? '');
  } catch {
    return null;
  }
  return {
    entityId: idp.entityId,
    ssoUrl: idp.ssoUrl,
    ssoBinding: idp.ssoBinding,
    signingCertificates: idp.signingCertificates.map((c) => ({
      subject: c.subject,
      validTo: c.validTo.toISOString(),
      fingerprint256: c.fingerprint256,
    })),
  };
}
