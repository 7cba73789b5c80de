import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The architecture is enforced by lint: these imports must fail `nx lint`. Each case lints a
 * file as if it stood in the named project, with the workspace's own ESLint configuration.
 */
describe('module boundaries', () => {
  const root = join(__dirname, '..', '..');
  const env = { ...process.env, NX_DAEMON: 'false' };

  // The rule reads Nx's cached project graph and silently skips itself without one (a fresh
  // clone that has not run an nx command yet): make the graph first.
  beforeAll(() => {
    const graph = spawnSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, env });
    if (graph.status !== 0) throw new Error(`nx could not compute the project graph: ${graph.stderr}`);
  }, 120_000);

  // The real ESLint CLI in a child process: its config loader needs Node's own module system.
  const boundaryErrors = async (filePath: string, code: string) => {
    const run = spawnSync(
      join(root, 'node_modules/.bin/eslint'),
      ['--stdin', '--stdin-filename', join(root, filePath), '--format', 'json'],
      { cwd: root, input: code, encoding: 'utf8', env },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
  };

  it.each([
    [
      'a web lib importing an api lib',
      'libs/web/org/src/probe.ts',
      "import { OrgModule } from '@larnav/api/org';\nexport const x = OrgModule;\n",
    ],
    [
      'shared contracts importing an api lib',
      'libs/shared/contracts/src/probe.ts',
      "import { DomainError } from '@larnav/api/common';\nexport const x = DomainError;\n",
    ],
    [
      'a util lib importing a feature lib',
      'libs/api/common/src/probe.ts',
      "import { OrgModule } from '@larnav/api/org';\nexport const x = OrgModule;\n",
    ],
    [
      'data access importing a feature lib',
      'libs/api/db/src/probe.ts',
      "import { TenancyModule } from '@larnav/api/tenancy';\nexport const x = TenancyModule;\n",
    ],
  ])('fails lint for %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it('allows what the architecture allows', async () => {
    const code = "import { ProblemCode } from '@larnav/contracts';\nexport const x = ProblemCode;\n";
    expect(await boundaryErrors('libs/web/org/src/probe.ts', code)).toEqual([]);
    expect(await boundaryErrors('libs/api/org/src/probe.ts', code)).toEqual([]);
  });
});
