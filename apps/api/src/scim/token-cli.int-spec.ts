import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { scimWorld, ScimWorld } from '../testing/scim-world';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../..');

/** `npm run token -- --tenant <host> --scope scim` prints a working token and nothing else. */
describe('the token command', () => {
  let w: ScimWorld;
  beforeAll(async () => {
    w = await scimWorld();
  });
  afterAll(() => w.t.close());

  const cli = (...args: string[]) =>
    run(join(ROOT, 'tools/ts-run.sh'), [join(ROOT, 'tools/token/create-token.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: (w.t.dataSource.options as { url: string }).url },
    });

  it('prints only a token with the scim scope, which SCIM accepts', async () => {
    const { stdout } = await cli('--tenant', w.host, '--scope', 'scim');
    expect(stdout).toMatch(/^lnv_[0-9a-f]{32}_[\w-]{43}\n$/);
    await w.t.at(w.host).get('/scim/v2/Users').set('Authorization', `Bearer ${stdout.trim()}`).expect(200);
  }, 60_000);

  it('refuses an unknown municipality and an unknown scope', async () => {
    await expect(cli('--tenant', 'nowhere.test', '--scope', 'scim')).rejects.toMatchObject({ code: 2 });
    await expect(cli('--tenant', w.host, '--scope', 'everything')).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
