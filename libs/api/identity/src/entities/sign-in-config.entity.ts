import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Role } from '@larnav/contracts';
import { TenantOwned } from '@larnav/api/tenancy';

export type SignInMethod = 'oidc' | 'saml';

/**
 * How one municipality's people sign in: its OpenID provider (Entra ID, or the dev IdP) or its
 * SAML IdP (ADFS). The client secret is stored encrypted with LARNAV_SECRET_KEY.
 */
@Entity({ name: 'sign_in_config' })
@Index('UQ_sign_in_config_method', ['tenantId', 'method'], { unique: true })
export class SignInConfig extends TenantOwned {
  @Column({ type: 'varchar', length: 10 })
  method!: SignInMethod;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** OIDC: e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  issuer!: string | null;

  @Column({ name: 'client_id', type: 'varchar', length: 200, nullable: true })
  clientId!: string | null;

  @Column({ name: 'client_secret_encrypted', type: 'text', nullable: true })
  clientSecretEncrypted!: string | null;

  @Column({ type: 'varchar', length: 500, default: 'openid profile email' })
  scopes!: string;

  /** The IdP's own tenant id (Entra `tid`); a token from any other directory is refused. */
  @Column({
    name: 'idp_tenant_id',
    type: 'varchar',
    length: 100,
    nullable: true,
  })
  idpTenantId!: string | null;

  /** SAML: the IdP's metadata XML (entity id, SSO URL, signing certificate). */
  @Column({ name: 'saml_metadata', type: 'text', nullable: true })
  samlMetadata!: string | null;

  /** Domains the municipality owns: a first sign-in links to an existing person by email only here. */
  @Column({
    name: 'email_domains',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  emailDomains!: string[];

  /** IdP app-role values that make someone trainer, HR or admin in Lärnav. */
  @Column({ name: 'role_claims', type: 'jsonb', default: () => "'{}'" })
  roleClaims!: Partial<Record<Role, string[]>>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
