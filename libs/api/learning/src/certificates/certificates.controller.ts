import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { Actor, CurrentActor, Public, RequirePermission, SignedIn } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { SignInRateLimited } from '@larnav/api/identity';
import { CertificateLanguage, writeCertificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';

const Id = new ParseUUIDPipe();

class CertificatePdfQuery {
  @ApiPropertyOptional({ enum: ['sv', 'en'], description: 'Default: the person’s own language.' })
  @IsOptional()
  @IsIn(['sv', 'en'])
  lang?: CertificateLanguage;
}

class RevokeCertificateDto {
  @ApiProperty({ example: 'Utfärdat av misstag.', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CertificateCheckResponse {
  @ApiProperty({ enum: ['valid', 'expired', 'revoked'] }) status!: string;
  @ApiProperty() personName!: string;
  @ApiProperty() moduleTitle!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty() municipalityName!: string;
  @ApiProperty() completedAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt!: Date | null;
}

/** Where the code on a certificate leads: the public verification page asks here. */
export function verificationUrl(request: Request, code: string): string {
  return `${request.protocol}://${request.get('host')}/intyg/${code}`;
}

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('learning/certificates/:id/pdf')
  @SignedIn()
  @ApiOperation({ summary: 'Your certificate as a PDF, in your language or the one asked for' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(
    @Param('id', Id) id: string,
    @Query() query: CertificatePdfQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { certificate, locale } = await this.certificates.own(id, actor);
    const language = query.lang ?? (locale === 'en' ? 'en' : 'sv');
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${language === 'sv' ? 'intyg' : 'certificate'}-${certificate.code}.pdf"`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    await writeCertificatePdf(certificate, language, verificationUrl(request, certificate.code), response);
  }

  @Get('certificates/:code')
  @Public()
  @SignInRateLimited()
  @ApiOperation({ summary: 'Check a certificate by its code: genuine, and valid, expired or revoked' })
  @ApiOkResponse({ type: CertificateCheckResponse })
  check(@Param('code') code: string): Promise<CertificateCheckResponse> {
    return this.certificates.check(code);
  }

  @Post('learning/certificates/:id/revoke')
  @HttpCode(200)
  @RequirePermission(Permission.CertificatesRevoke)
  @ApiOperation({ summary: 'Revoke a certificate, with a reason; the verification page then says so' })
  @ApiOkResponse({ type: CertificateCheckResponse })
  async revoke(
    @Param('id', Id) id: string,
    @Body() body: RevokeCertificateDto,
    @CurrentActor() actor: Actor,
  ): Promise<CertificateCheckResponse> {
    const certificate = await this.certificates.revoke(id, body.reason, actor);
    return this.certificates.check(certificate.code);
  }
}
