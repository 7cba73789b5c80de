import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinDate,
  ValidateIf,
} from 'class-validator';
import { GRANTABLE_ROLES, Permission, Role, TOKEN_SCOPES } from '@larnav/contracts';
import type { ClaimMappingEffect } from '../entities';
import { SignInPolicyFields } from './sign-in-policy.dto';

export class GrantRoleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ enum: GRANTABLE_ROLES })
  @IsIn(GRANTABLE_ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for HR: the unit whose subtree it covers.' })
  @ValidateIf((dto: GrantRoleDto) => dto.role === Role.Hr || dto.orgUnitId !== undefined)
  @IsUUID()
  orgUnitId?: string;
}

export class RoleGrantResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() personName!: string;
  @ApiProperty({ enum: Object.values(Role) }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) orgUnitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) orgUnitName!: string | null;
  @ApiProperty({ enum: ['idp', 'admin'] }) source!: 'idp' | 'admin';
}

const EFFECTS: ClaimMappingEffect[] = ['unit', 'hr-scope'];

export class CreateClaimMappingDto {
  @ApiProperty({ example: 'groups' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  claim!: string;

  @ApiProperty({ example: '6f1c7c1e-0000-4000-8000-00000000b001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  value!: string;

  @ApiProperty({ enum: EFFECTS })
  @IsIn(EFFECTS)
  effect!: ClaimMappingEffect;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orgUnitId!: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobRole?: string;
}

export class ClaimMappingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() claim!: string;
  @ApiProperty() value!: string;
  @ApiProperty({ enum: EFFECTS }) effect!: ClaimMappingEffect;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ nullable: true, type: String }) jobRole!: string | null;
}

export class CreateTokenDto {
  @ApiProperty({ example: 'Entra ID provisioning', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: TOKEN_SCOPES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(TOKEN_SCOPES, { each: true })
  scopes!: Permission[];

  @ApiProperty({ format: 'date-time', description: 'When the token stops working; at most a year ahead.' })
  @Type(() => Date)
  @IsDate()
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt!: Date;
}

export class TokenResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TOKEN_SCOPES, isArray: true }) scopes!: Permission[];
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class IssuedTokenResponse extends TokenResponse {
  @ApiProperty({ description: 'Shown once: store it in the integration now.' }) token!: string;
}

export class OidcSettingsDto extends SignInPolicyFields {
  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' })
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true })
  issuer!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  clientId!: string;

  @ApiPropertyOptional({ description: 'Write-only; leave out to keep the stored secret.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  clientSecret?: string;

  @ApiPropertyOptional({ default: 'openid profile email' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scopes?: string;
}

export class OidcSettingsResponse {
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty({ description: 'Whether a secret is stored; the secret itself is never returned.' })
  hasClientSecret!: boolean;
  @ApiProperty() scopes!: string;
  @ApiProperty({ nullable: true, type: String }) idpTenantId!: string | null;
  @ApiProperty({ type: [String] }) emailDomains!: string[];
  @ApiProperty() enabled!: boolean;
}
