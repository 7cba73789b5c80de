import { z } from 'zod';

/**
 * Every environment variable Lärnav reads, validated once at start. A bad value stops the
 * process with a message that names the variable.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LARNAV_DATA_DIR: z.string().min(1).default('.data'),
  LARNAV_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LARNAV_SEED_DEMO: z.enum(['true', 'false']).optional(),
  LARNAV_WEB_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  /** Signs session cookies; every replica needs the same. Several, comma-separated, to rotate. */
  LARNAV_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Encrypts stored IdP client secrets: 32 bytes, base64. */
  LARNAV_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  LARNAV_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LARNAV_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(10),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* from it (Express "trust proxy" value). */
  LARNAV_TRUST_PROXY: z.string().optional(),
  /** A one-municipality installation can configure its OpenID provider here instead of in the admin UI. */
  LARNAV_OIDC_ISSUER: z.url().optional(),
  LARNAV_OIDC_CLIENT_ID: z.string().min(1).optional(),
  LARNAV_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  LARNAV_OIDC_SCOPES: z.string().default('openid profile email'),
  /** The Entra ID directory (tenant) id whose tokens are accepted. */
  LARNAV_OIDC_TENANT_ID: z.string().min(1).optional(),
  /** Demo only: point the seeded municipalities' sign-in at this development OpenID provider. */
  LARNAV_DEV_IDP_ISSUER: z.url().optional(),
  /** Rate limit for sign-in and token endpoints: requests per minute per client address. */
  LARNAV_SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Hosts a lesson's video may link to, comma-separated; `*.` allows every subdomain. */
  LARNAV_VIDEO_HOSTS: z
    .string()
    .default('*.sharepoint.com,web.microsoftstream.com,www.youtube-nocookie.com,player.vimeo.com,*.quickchannel.com'),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Fixed development values: fine on a laptop, refused in production. */
const DEV_SESSION_SECRET = 'larnav-development-session-secret-not-for-production';
const DEV_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) {
    const config = parsed.data;
    if (config.NODE_ENV === 'production') {
      const missing = ['LARNAV_SESSION_SECRET', 'LARNAV_SECRET_KEY'].filter((k) => !config[k as keyof AppConfig]);
      if (missing.length)
        throw new ConfigError(
          `Invalid configuration:\n${missing.map((k) => `  ${k}: required in production`).join('\n')}`,
        );
    }
    return {
      ...config,
      LARNAV_SESSION_SECRET: config.LARNAV_SESSION_SECRET ?? DEV_SESSION_SECRET,
      LARNAV_SECRET_KEY: config.LARNAV_SECRET_KEY ?? DEV_SECRET_KEY,
    };
  }
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
