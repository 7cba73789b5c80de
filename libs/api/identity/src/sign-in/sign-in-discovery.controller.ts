import { Controller, Get, HttpStatus, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsEmail, MaxLength } from 'class-validator';
import { DomainError, Public } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { TenantService } from '@larnav/api/tenancy';
import { SignInRateLimited } from '../rate-limit/sign-in-throttle';

class DiscoverQuery {
  @ApiProperty({ example: 'sara.lindqvist@stenungsund.se' })
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

export class SignInDiscoveryResponse {
  @ApiProperty({ example: 'Stenungsunds kommun' }) municipality!: string;
  @ApiProperty({ example: 'https://larnav.stenungsund.se/sign-in' }) signInUrl!: string;
}

/**
 * For someone at an address no municipality has (a region's shared address, say): their email
 * domain tells which municipality's sign-in to send them to.
 */
@ApiTags('sign-in')
@Controller('auth/discover')
@SignInRateLimited()
export class SignInDiscoveryController {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "Which municipality's sign-in an email address belongs to" })
  @ApiOkResponse({ type: SignInDiscoveryResponse })
  async discover(@Query() query: DiscoverQuery, @Req() request: Request): Promise<SignInDiscoveryResponse> {
    const domain = query.email.split('@')[1].toLowerCase();
    const rows: { tenant_id: string }[] = await this.db.crossTenants('email-domain', (em) =>
      em.query(`SELECT DISTINCT tenant_id FROM sign_in_config WHERE enabled AND $1 = ANY(email_domains)`, [domain]),
    );
    const tenant = rows.length === 1 ? await this.tenants.findById(rows[0].tenant_id) : null;
    const hostname = tenant?.hostnames[0];
    if (!tenant || !hostname) {
      throw new DomainError(
        HttpStatus.NOT_FOUND,
        ProblemCode.UnknownEmailDomain,
        `No municipality here signs in people at ${domain}.`,
      );
    }
    // Keep this server's port, so the same works on a laptop (localhost:3000) as in production.
    const port = new URL(`${request.protocol}://${request.get('host')}`).port;
    return {
      municipality: tenant.name,
      signInUrl: `${request.protocol}://${hostname}${port ? `:${port}` : ''}/sign-in`,
    };
  }
}
