import { Inject, Injectable } from '@nestjs/common';
import { TenantDb } from '@larnav/api/db';
import { Role } from '@larnav/contracts';
import { SignInConfig, SignInMethod } from '../entities';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { SecretBox } from '../secret-box';

/** An OpenID provider as the sign-in needs it, secret decrypted. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  idpTenantId: string | null;
  emailDomains: string[];
  roleClaims: Partial<Record<Role, string[]>>;
  /** Changes whenever the settings change, so cached IdP metadata is rebuilt. */
  version: string;
}

export interface SamlSettings {
  metadata: string;
  idpTenantId: string | null;
  emailDomains: string[];
  roleClaims: Partial<Record<Role, string[]>>;
  version: string;
}

/** App-role values Entra ID sends by convention when an installation configures nothing else. */
export const DEFAULT_ROLE_CLAIMS: Partial<Record<Role, string[]>> = {
  [Role.Admin]: ['Larnav.Admin'],
  [Role.Hr]: ['Larnav.HR'],
  [Role.Trainer]: ['Larnav.Trainer'],
};

/**
 * Each municipality's sign-in settings: from the database (set by an admin), or for a
 * one-municipality installation from the environment (LARNAV_OIDC_*).
 */
@Injectable()
export class SignInConfigService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly db: TenantDb,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    this.secrets = new SecretBox(options.LARNAV_SECRET_KEY ?? '');
  }

  find(method: SignInMethod): Promise<SignInConfig | null> {
    return this.db.transaction((em) => em.findOneBy(SignInConfig, { method }));
  }

  async oidc(): Promise<OidcSettings | null> {
    const row = await this.find('oidc');
    if (row?.enabled && row.issuer && row.clientId && row.clientSecretEncrypted) {
      return {
        issuer: row.issuer,
        clientId: row.clientId,
        clientSecret: this.secrets.open(row.clientSecretEncrypted),
        scopes: row.scopes,
        idpTenantId: row.idpTenantId,
        emailDomains: row.emailDomains,
        roleClaims: withDefaults(row.roleClaims),
        version: `${row.id}:${row.updatedAt.getTime()}`,
      };
    }
    const env = this.options;
    if (row || !env.LARNAV_OIDC_ISSUER || !env.LARNAV_OIDC_CLIENT_ID || !env.LARNAV_OIDC_CLIENT_SECRET) return null;
    return {
      issuer: env.LARNAV_OIDC_ISSUER,
      clientId: env.LARNAV_OIDC_CLIENT_ID,
      clientSecret: env.LARNAV_OIDC_CLIENT_SECRET,
      scopes: env.LARNAV_OIDC_SCOPES,
      idpTenantId: env.LARNAV_OIDC_TENANT_ID ?? null,
      emailDomains: [],
      roleClaims: DEFAULT_ROLE_CLAIMS,
      version: 'env',
    };
  }

  async saml(): Promise<SamlSettings | null> {
    const row = await this.find('saml');
    if (!row?.enabled || !row.samlMetadata) return null;
    return {
      metadata: row.samlMetadata,
      idpTenantId: row.idpTenantId,
      emailDomains: row.emailDomains,
      roleClaims: withDefaults(row.roleClaims),
      version: `${row.id}:${row.updatedAt.getTime()}`,
    };
  }

  /** Creates or replaces a method's settings; a secret left out keeps the stored one. */
  save(method: SignInMethod, input: Partial<Omit<SignInConfig, 'clientSecretEncrypted'>> & { clientSecret?: string }) {
    return this.db.transaction(async (em) => {
      const row =
        (await em.findOneBy(SignInConfig, { method })) ??
        em.create(SignInConfig, { tenantId: this.db.tenantId(), method });
      const { clientSecret, ...rest } = input;
      Object.assign(row, rest);
      if (clientSecret) row.clientSecretEncrypted = this.secrets.seal(clientSecret);
      return em.save(row);
    });
  }
}

function withDefaults(roleClaims: Partial<Record<Role, string[]>>): Partial<Record<Role, string[]>> {
  return Object.keys(roleClaims).length ? roleClaims : DEFAULT_ROLE_CLAIMS;
}
