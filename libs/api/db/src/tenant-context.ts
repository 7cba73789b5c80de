import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

interface TenantScope {
  tenantId: string;
  /** Set while a tenant transaction is open, so nested service calls join it. */
  manager?: EntityManager;
}

const storage = new AsyncLocalStorage<TenantScope>();

/** Runs `fn` on behalf of one municipality. Every tenant query inside is confined to it. */
export function runAsTenant<T>(tenantId: string, fn: () => T): T {
  return storage.run({ tenantId }, fn);
}

export function currentTenantScope(): TenantScope | undefined {
  return storage.getStore();
}

export function runWithManager<T>(scope: TenantScope, manager: EntityManager, fn: () => T): T {
  return storage.run({ ...scope, manager }, fn);
}
