import { APP_ROLE } from '../app-role';
import { TENANT_POLICY } from './isolate-tenant-table';

/**
 * Tables the application role may read that belong to no one tenant, each for a reason.
 * Adding one is a decision about every municipality's data: say why here.
 */
export const SHARED_TABLES: Record<string, string> = {
  // The municipalities themselves: a request's address is looked up before any tenant is named.
  tenant: 'the installation’s municipalities and their addresses',
};

// Sessions, rate-limit counters and the migrations table are not here: only the owner
// connection uses them, outside any tenant transaction, and the application role cannot read them.

/**
 * Policies beside `tenant_isolation` that deliberately cross tenants, each for one declared
 * purpose (TenantDb.crossTenants) named in its condition. Any other policy is a leak.
 */
export const DECLARED_CROSSINGS: Record<string, { table: string; purpose: string }> = {
  email_domain_discovery: { table: 'sign_in_config', purpose: 'email-domain' },
  // The region's shared modules: only published versions, their lessons and the media they use.
  shared_module_read: { table: 'training_module', purpose: 'shared-modules' },
  shared_version_read: { table: 'module_version', purpose: 'shared-modules' },
  shared_lesson_read: { table: 'lesson', purpose: 'shared-modules' },
  shared_version_media_read: { table: 'version_media', purpose: 'shared-modules' },
  shared_media_read: { table: 'media_file', purpose: 'shared-modules' },
  // Anyone may check a certificate by its code: the certificate row alone, which holds only what is printed.
  certificate_verification: { table: 'certificate', purpose: 'certificate-verification' },
  // The region's comparison: a sharing municipality's whole-municipality counts, no group under 5.
  regional_coverage_read: { table: 'regional_coverage', purpose: 'regional-coverage' },
};

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown[]>;
}

interface TableFacts {
  name: string;
  has_tenant_id: boolean;
  rls: boolean;
  forced: boolean;
  app_reads: boolean;
  policies: { name: string; using: string | null; check: string | null; permissive: boolean }[] | null;
}

/**
 * Walks PostgreSQL's catalog and says, table by table, what would let one municipality's rows
 * reach another: a tenant table without forced row-level security or without the tenant policy,
 * an undeclared policy on it, or a table without tenants that the application role can read.
 */
export async function tenantIsolationGaps(db: Queryable): Promise<string[]> {
  const tables = (await db.query(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS has_tenant_id,
            c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
            has_table_privilege($1, c.oid, 'SELECT') AS app_reads,
            (SELECT json_agg(json_build_object('name', p.polname, 'permissive', p.polpermissive,
                     'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid)))
               FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
    [APP_ROLE],
  )) as TableFacts[];
  const gaps: string[] = [];
  for (const table of tables) {
    const policies = table.policies ?? [];
    if (table.has_tenant_id) {
      if (!table.rls) gaps.push(`${table.name}: has tenant_id but row-level security is not enabled`);
      if (!table.forced) gaps.push(`${table.name}: has tenant_id but row-level security is not forced`);
      const own = policies.find((p) => p.name === TENANT_POLICY);
      if (!own) gaps.push(`${table.name}: has tenant_id but no ${TENANT_POLICY} policy`);
      else if (!isTenantCondition(own.using) || (own.check !== null && !isTenantCondition(own.check))) {
        gaps.push(`${table.name}: its ${TENANT_POLICY} policy does not test tenant_id against app.tenant_id`);
      }
      for (const policy of policies.filter((p) => p.name !== TENANT_POLICY)) {
        const crossing = DECLARED_CROSSINGS[policy.name];
        if (!policy.permissive) continue; // A restrictive policy only narrows what is visible.
        if (!crossing || crossing.table !== table.name || !policy.using?.includes(`'${crossing.purpose}'`)) {
          gaps.push(`${table.name}: policy ${policy.name} is not a declared tenant crossing`);
        }
      }
    } else if (table.app_reads && !(table.name in SHARED_TABLES)) {
      gaps.push(`${table.name}: ${APP_ROLE} can read it, but it has no tenant_id and is not a declared shared table`);
    }
  }
  return gaps;
}

/** pg_get_expr's rendering of TENANT_CONDITION, compared without the noise of casts and spacing. */
function isTenantCondition(expression: string | null): boolean {
  if (!expression) return false;
  const plain = expression.replace(/::text|::uuid|\s+|[()]/g, '');
  return plain === "tenant_id=NULLIFcurrent_setting'app.tenant_id',true,''";
}
