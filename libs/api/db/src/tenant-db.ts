import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { currentTenantScope, runWithManager } from './tenant-context';
import { APP_ROLE } from './app-role';

/** The purposes for which tenants may be crossed; each has its own row-level security policy. */
export type TenantCrossing = 'email-domain' | 'shared-modules' | 'certificate-verification';

/** No municipality is served at the address the request came to. */
export class NoTenantError extends DomainError {
  constructor() {
    super(HttpStatus.NOT_FOUND, ProblemCode.UnknownTenant, 'No municipality is served at this address.');
  }
}

/**
 * The one door to tenant-owned tables. Each unit of work runs in a transaction that switches
 * to the unprivileged application role and names the tenant, so PostgreSQL's row-level
 * security hides every other municipality's rows, whatever the query says.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  tenantId(): string {
    const scope = currentTenantScope();
    if (!scope) throw new NoTenantError();
    return scope.tenantId;
  }

  /**
   * A deliberate crossing of tenants, for one declared purpose that a row-level security policy
   * names (see the migrations). Outside that policy's table, no tenant's rows are visible.
   */
  crossTenants<T>(purpose: TenantCrossing, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.crossing', $1, true), set_config('role', $2, true)`, [
        purpose,
        APP_ROLE,
      ]);
      return work(manager);
    });
  }

  /** Runs `work` in the current tenant's transaction, joining one that is already open. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const scope = currentTenantScope();
    if (!scope) throw new NoTenantError();
    if (scope.manager) return work(scope.manager);
    return this.dataSource.transaction(async (manager) => {
      // One round trip: the tenant and the role (the same as SET LOCAL ROLE) for this transaction.
      await manager.query(`SELECT set_config('app.tenant_id', $1, true), set_config('role', $2, true)`, [
        scope.tenantId,
        APP_ROLE,
      ]);
      return runWithManager(scope, manager, () => work(manager));
    });
  }
}
