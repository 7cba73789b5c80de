import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsFQDN, IsOptional, IsString, MaxLength } from 'class-validator';

/** What every sign-in method's settings share: whose sign-ins count, and which domains are ours. */
export class SignInPolicyFields {
  @ApiPropertyOptional({
    description: 'Entra ID directory (tenant) id whose sign-ins are accepted (the `tid`/tenantid claim).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  idpTenantId?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['stenungsund.se'],
    description: "The municipality's own email domains: a first sign-in links to a person by email only in these.",
  })
  @IsOptional()
  @IsArray()
  @IsFQDN({}, { each: true, message: 'each of emailDomains must be a domain such as kommun.se' })
  emailDomains?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
