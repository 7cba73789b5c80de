import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditLog } from '@larnav/api/audit';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { CreateTokenDto, IssuedTokenResponse, TokenResponse } from '../dto/admin.dto';
import { IntegrationToken } from '../entities';
import { SignInRateLimited } from '../rate-limit/sign-in-throttle';
import { originOf } from '../sign-in/session-establisher';
import { IntegrationTokens } from './integration-tokens.service';

const MAX_LIFETIME_MS = 366 * 24 * 3_600_000;

@ApiTags('admin')
@Controller('admin/tokens')
@SignInRateLimited()
export class IntegrationTokensController {
  constructor(
    private readonly tokens: IntegrationTokens,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @RequirePermission(Permission.TokensManage)
  @ApiOperation({ summary: 'Integration tokens (never their secrets)' })
  @ApiOkResponse({ type: [TokenResponse] })
  async list(): Promise<TokenResponse[]> {
    return (await this.tokens.list()).map(toResponse);
  }

  @Post()
  @RequirePermission(Permission.TokensManage)
  @ApiOperation({ summary: 'Create a token; its value is shown this once' })
  @ApiCreatedResponse({ type: IssuedTokenResponse })
  async create(
    @Body() body: CreateTokenDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<IssuedTokenResponse> {
    const latest = new Date(Date.now() + MAX_LIFETIME_MS);
    const expiresAt = body.expiresAt > latest ? latest : body.expiresAt;
    const { token, value } = await this.tokens.issue({
      name: body.name,
      scopes: body.scopes,
      expiresAt,
      createdBy: actor.personId,
    });
    await this.audit.record({
      action: 'token-created',
      actor,
      target: { type: 'integration-token', id: token.id },
      origin: originOf(request),
      details: { name: token.name, scopes: token.scopes, expiresAt: token.expiresAt.toISOString() },
    });
    return { ...toResponse(token), token: value };
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.TokensManage)
  @ApiOperation({ summary: 'Revoke a token at once' })
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Req() request: Request) {
    const token = await this.tokens.revoke(id);
    await this.audit.record({
      action: 'token-revoked',
      actor,
      target: { type: 'integration-token', id: token.id },
      origin: originOf(request),
      details: { name: token.name },
    });
  }
}

function toResponse(token: IntegrationToken): TokenResponse {
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes,
    expiresAt: token.expiresAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}
