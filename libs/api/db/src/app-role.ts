/**
 * The role tenant transactions run as. It owns nothing and cannot bypass row-level security,
 * unlike the superuser or table owner the connection may log in as.
 */
export const APP_ROLE = 'larnav_app';

/** The session setting that names the current tenant for the row-level security policies. */
export const TENANT_SETTING = 'app.tenant_id';
