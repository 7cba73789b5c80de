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
  /** Where media (videos, images, documents) is kept: under LARNAV_DATA_DIR, or in an S3 bucket all replicas share. */
  LARNAV_STORAGE: z.enum(['local', 's3']).default('local'),
  /** An S3-compatible server (MinIO, Ceph, a Swedish cloud's object storage); unset: AWS itself. */
  LARNAV_S3_ENDPOINT: z.url().optional(),
  LARNAV_S3_BUCKET: z.string().min(1).optional(),
  // The S3 protocol's default region, which MinIO and most compatible servers expect.
  LARNAV_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset: the AWS SDK's own credential chain (environment, instance or pod role). */
  LARNAV_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  LARNAV_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true` for servers that address buckets by path (`host/bucket/key`), as MinIO does. */
  LARNAV_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Upload limits per kind of media, in megabytes (MiB). */
  LARNAV_UPLOAD_MAX_VIDEO_MB: z.coerce.number().int().min(1).default(2048),
  LARNAV_UPLOAD_MAX_IMAGE_MB: z.coerce.number().int().min(1).default(20),
  LARNAV_UPLOAD_MAX_DOCUMENT_MB: z.coerce.number().int().min(1).default(100),
  /** The largest module archive an import takes, in megabytes (MiB); it may unpack to twice that. */
  LARNAV_IMPORT_MAX_MB: z.coerce.number().int().min(1).default(2048),
  /**
   * `false`: this replica puts jobs on the queue (imports, reminders) but leaves working them to
   * the others, e.g. to keep web replicas light. Every replica may work: the queue hands each job
   * to one of them.
   */
  /**
   * Where mail goes out: `smtp://user:pass@host:587` or `smtps://…:465` (nodemailer's URL form).
   * Unset (the demo): mail is only kept in the outbox, which admins read in the UI.
   */
  LARNAV_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of every mail, e.g. `Lärnav <larnav@kommun.se>`. */
  LARNAV_MAIL_FROM: z.string().min(3).default('Lärnav <no-reply@larnav.invalid>'),
  LARNAV_JOB_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Fixed development values: fine on a laptop, refused in production. */
const DEV_SESSION_SECRET = 'larnav-development-session-secret-not-for-production';
const DEV_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

/** Variables that another one's value makes required, each with the reason. */
function requiredButUnset(config: AppConfig): string[] {
  const missing: string[] = [];
  if (config.NODE_ENV === 'production') {
    for (const key of ['LARNAV_SESSION_SECRET', 'LARNAV_SECRET_KEY'] as const)
      if (!config[key]) missing.push(`${key}: required in production`);
  }
  if (config.LARNAV_STORAGE === 's3' && !config.LARNAV_S3_BUCKET)
    missing.push('LARNAV_S3_BUCKET: required when LARNAV_STORAGE is s3');
  return missing;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) {
    const config = parsed.data;
    const missing = requiredButUnset(config);
    if (missing.length)
      throw new ConfigError(`Invalid configuration:\n${missing.map((line) => `  ${line}`).join('\n')}`);
    return {
      ...config,
      LARNAV_SESSION_SECRET: config.LARNAV_SESSION_SECRET ?? DEV_SESSION_SECRET,
      LARNAV_SECRET_KEY: config.LARNAV_SECRET_KEY ?? DEV_SECRET_KEY,
    };
  }
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
