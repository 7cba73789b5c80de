import databaseTeardown from '../../libs/api/db/src/testing/global-teardown';

export default async function globalTeardown(): Promise<void> {
  const idp = (globalThis as Record<string, unknown>)['__LARNAV_DEV_IDP__'] as { stop(): Promise<void> } | undefined;
  await idp?.stop();
  await databaseTeardown();
}
