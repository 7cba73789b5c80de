/**
 * `npm run token -- --tenant <host> --scope scim [--scope people:read] [--name …] [--days 365]`:
 * an integration token for scripts (e.g. configuring Entra ID's provisioning), printed alone on
 * stdout so that `TOKEN=$(npm run -s token -- …)` works. Uses DATABASE_URL, else the embedded
 * database under LARNAV_DATA_DIR, as the API does; the token is audited like one made in the UI.
 */
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { loadConfig } from '@larnav/api/common';
import { dataSourceOptions, runAsTenant, TenantDb } from '@larnav/api/db';
import { IntegrationTokens } from '@larnav/api/identity';
import { Permission, TOKEN_SCOPES } from '@larnav/contracts';
import { ENTITIES } from '../../apps/api/src/entities';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';

const MAX_DAYS = 366;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      scope: { type: 'string', multiple: true },
      name: { type: 'string', default: 'Kommandorad' },
      days: { type: 'string', default: '365' },
    },
  });
  const scopes = (values.scope ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const days = Number(values.days);
  if (!values.tenant || scopes.length === 0) fail('Usage: npm run token -- --tenant <host> --scope scim [--scope …]');
  const unknown = scopes.filter((s) => !TOKEN_SCOPES.includes(s as Permission));
  if (unknown.length) fail(`Unknown scope ${unknown.join(', ')}; one of ${TOKEN_SCOPES.join(', ')}.`);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) fail(`--days must be 1 to ${MAX_DAYS}.`);

  const database = await prepareDatabase(loadConfig());
  const dataSource = new DataSource({ ...dataSourceOptions(database.url, ENTITIES), logging: false });
  await dataSource.initialize();
  try {
    const [tenant] = await dataSource.query(`SELECT id FROM tenant WHERE $1 = ANY(hostnames)`, [
      values.tenant.toLowerCase(),
    ]);
    if (!tenant) fail(`No municipality is served at ${values.tenant}.`);
    const db = new TenantDb(dataSource);
    const value = await runAsTenant(tenant.id as string, () =>
      db.transaction(async () => {
        const { token, value } = await new IntegrationTokens(db).issue({
          name: values.name ?? 'Kommandorad',
          scopes: scopes as Permission[],
          expiresAt: new Date(Date.now() + days * 86_400_000),
          createdBy: null,
        });
        await new AuditLog(db).record({
          action: 'token-created',
          target: { type: 'integration-token', id: token.id },
          details: { name: token.name, scopes: token.scopes, expiresAt: token.expiresAt.toISOString(), via: 'cli' },
        });
        return value;
      }),
    );
    process.stdout.write(`${value}\n`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
