import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SignInPolicyFields } from '../dto/sign-in-policy.dto';

export class SamlSettingsDto extends SignInPolicyFields {
  @ApiProperty({
    description:
      "The IdP's metadata XML; for ADFS, https://<adfs-host>/FederationMetadata/2007-06/FederationMetadata.xml.",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  metadata!: string;
}

export class SamlCertificateResponse {
  @ApiProperty() subject!: string;
  @ApiProperty({ format: 'date-time', description: 'ADFS rolls its signing certificate over before this.' })
  validTo!: string;
  @ApiProperty() fingerprint256!: string;
}

export class SamlIdpResponse {
  @ApiProperty() entityId!: string;
  @ApiProperty() ssoUrl!: string;
  @ApiProperty({ enum: ['HTTP-Redirect', 'HTTP-POST'] }) ssoBinding!: string;
  @ApiProperty({ type: [SamlCertificateResponse] }) signingCertificates!: SamlCertificateResponse[];
}

/** What the municipality's IT registers in its IdP for this address. */
export class SamlServiceProviderResponse {
  @ApiProperty() entityId!: string;
  @ApiProperty() acsUrl!: string;
  @ApiProperty() metadataUrl!: string;
}

export class SamlSettingsResponse {
  @ApiProperty() metadata!: string;
  @ApiProperty({
    type: SamlIdpResponse,
    nullable: true,
    description: 'As read from the metadata; null if it no longer reads.',
  })
  idp!: SamlIdpResponse | null;
  @ApiProperty({ nullable: true, type: String }) idpTenantId!: string | null;
  @ApiProperty({ type: [String] }) emailDomains!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: SamlServiceProviderResponse }) serviceProvider!: SamlServiceProviderResponse;
}
