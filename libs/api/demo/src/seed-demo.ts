/** Placeholder signature: the demo seeder is being written. */
export async function seedDemo(databaseUrl: string): Promise<void> {
  void databaseUrl;
  throw new Error('not yet');
}
