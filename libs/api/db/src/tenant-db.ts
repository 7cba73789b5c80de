import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { currentTenantScope, runWithManager } from './tenant-context';
import { APP_ROLE } from './app-role';
import { ensurePrepared, executeStatement, PreparedStatement, SqlValue } from './prepared-statement';

/** The purposes for which tenants may be crossed; each has its own row-level security policy. */
export type TenantCrossing = 'email-domain' | 'shared-modules' | 'certificate-verification' | 'regional-coverage';

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
    return this.brief<T, never>(null, async (_rows, manager) => ({ result: await work(manager) }));
  }

  /**
   * A unit of work in as few round trips as it can be, for the hottest writes (progress events):
   * `opening` travels with the transaction's start and its rows are handed to `work`; the
   * `closing` statement `work` returns travels with the commit. Both are sent in the simple query
   * protocol, which takes several statements but no parameters: each is a prepared statement
   * and its values (planned once per connection, the values sent as literals).
   */
  async brief<T, R>(
    opening: BriefStatement | null,
    work: (rows: R[], manager: EntityManager) => Promise<{ result: T; closing?: BriefStatement }>,
  ): Promise<T> {
    const scope = currentTenantScope();
    if (!scope) throw new NoTenantError();
    if (scope.manager) throw new Error('A brief transaction cannot join an open one');
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as { query(sql: string): Promise<{ rows: R[] }[]> };
    try {
      const first = opening && (await statementText(client, opening));
      // The transaction, its tenant and role (the same as SET LOCAL ROLE), and the opening statement.
      const results = await client.query(
        `START TRANSACTION; ${tenantSettings(scope.tenantId)}${first ? `; ${first}` : ''}`,
      );
      // TypeORM's own bookkeeping, as startTransaction() leaves it: saves inside nest as savepoints.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      const { result, closing } = await runWithManager(scope, runner.manager, () =>
        work(first ? results[2].rows : [], runner.manager),
      );
      const last = closing && (await statementText(client, closing));
      await client.query(`${last ? `${last}; ` : ''}COMMIT`);
      return result;
    } catch (error) {
      // An error leaves the transaction aborted (a failed opening included): end it.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
      await runner.release();
    }
  }

  /**
   * One prepared statement in one round trip, as a transaction of its own: the tenant, the role
   * and the statement travel as one message, which PostgreSQL runs as one implicit transaction,
   * all of it or none (an error undoes every row the statement wrote). For a write that needs no
   * decision half-way (a progress event on an attempt state the server already knows).
   */
  async once<R>(given: BriefStatement): Promise<R[]> {
    const scope = currentTenantScope();
    if (!scope) throw new NoTenantError();
    if (scope.manager) throw new Error('A one-message transaction cannot join an open one');
    const client = await this.pool().connect();
    try {
      const statement = await statementText(client, given);
      const results = (await client.query(`${tenantSettings(scope.tenantId)}; ${statement}`)) as { rows: R[] }[];
      return results[1].rows;
    } finally {
      client.release();
    }
  }

  /**
   * One read in one round trip, for the reads every request makes (the access guard's actor):
   * the tenant, the role and the query travel as one message, which PostgreSQL runs as one
   * transaction. That message cannot carry parameters, so only UUIDs may be given, checked and
   * inlined as literals for `$1`, `$2`, ….
   */
  async readOnce<T>(sql: string, uuids: string[]): Promise<T[]> {
    const scope = currentTenantScope();
    if (!scope) throw new NoTenantError();
    if (scope.manager) return scope.manager.query(sql, uuids);
    const tenantId = scope.tenantId;
    const literal = (index: number) => `${uuidLiteral(uuids[index - 1])}::uuid`;
    const statement = sql.replace(/\$(\d+)\b/g, (_, n: string) => literal(Number(n)));
    // Straight to the pool: TypeORM keeps only a single statement's rows.
    const results = (await this.pool().query(`${tenantSettings(tenantId)}; ${statement}`)) as { rows: T[] }[];
    return results[1].rows;
  }

  /** TypeORM's pg pool, for the statements that bypass its query runner (several to a message). */
  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }
}

interface Pool {
  connect(): Promise<PoolClient>;
  query(sql: string): Promise<unknown>;
}

interface PoolClient {
  query(sql: string): Promise<unknown>;
  release(): void;
}

/** A statement of a brief transaction: a prepared statement and its values. */
export interface BriefStatement {
  statement: PreparedStatement;
  values: SqlValue[];
}

/** The statement's EXECUTE to send, prepared first if this connection has not prepared it yet. */
async function statementText(client: { query(sql: string): Promise<unknown> }, given: BriefStatement): Promise<string> {
  await ensurePrepared(client, given.statement);
  return executeStatement(given.statement, given.values);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidLiteral(value: string | undefined): string {
  if (value === undefined || !UUID.test(value)) throw new Error(`Not a UUID: ${String(value)}`);
  return `'${value}'`;
}

/** The transaction's tenant and role, as one statement with literals (both checked). */
function tenantSettings(tenantId: string): string {
  if (!/^[a-z_]+$/.test(APP_ROLE)) throw new Error(`Unexpected role name ${APP_ROLE}`);
  return `SELECT set_config('app.tenant_id', ${uuidLiteral(tenantId)}, true), set_config('role', '${APP_ROLE}', true)`;
}
