import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { generateCases, MISSING_ID, selectCases, SweepFixtures } from './cases';
import { OpenApiDocument, operationsOf } from './openapi';
import { coverageGaps, formatReport } from './report';
import { RecordedChange, sweep, SweepOptions, SweepTarget } from './sweep';

/**
 * The sweep tool's own tests, against a small server with planted faults: each must be found,
 * and a clean route must give none. (An int-spec only because tools/ has no unit-test project.)
 */
const DOCUMENT: OpenApiDocument = {
  paths: {
    '/things': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string', maxLength: 50 }, size: { type: 'integer' } },
              },
            },
          },
        },
      },
    },
    '/things/{id}': {
      get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }] },
    },
    '/slow': { get: {} },
    '/leaky': { post: {} },
  },
};

const OPTIONS: SweepOptions = {
  seed: 'test',
  maxCasesPerOperation: 200,
  casesPerOtherCaller: 3,
  requestTimeoutMs: 300,
};
const FIXTURES: SweepFixtures = { pathValue: () => MISSING_ID, knownValue: () => undefined };

describe('the API sweep', () => {
  let server: Server;
  let baseUrl: string;
  const log: RecordedChange[] = [];

  beforeAll(async () => {
    const app = express();
    const problem = (res: express.Response, status: number) =>
      res.status(status).type('application/problem+json').send({ status });
    app.post('/things', express.json(), (req, res) => {
      const name = (req.body as { name?: unknown })?.name;
      // Planted: text PostgreSQL would refuse reaches "the database" and fails with a 500.
      if (typeof name === 'string' && name.includes('\u0000')) return res.status(500).send('invalid byte sequence');
      if (typeof name !== 'string' || name.length > 50) return problem(res, 400);
      log.push({ table: 'thing', op: 'INSERT' });
      return res.status(201).json({ id: MISSING_ID });
    });
    app.get('/things/:id', (req, res) =>
      /^[0-9a-f-]{36}$/.test(req.params.id) ? problem(res, 404) : problem(res, 400),
    );
    app.get('/slow', () => undefined); // Planted: never answers.
    app.post('/leaky', (_req, res) => {
      log.push({ table: 'thing', op: 'UPDATE' }); // Planted: writes, then refuses.
      problem(res, 422);
    });
    // Parse errors and undecodable paths answer as problems, as Lärnav's do.
    app.use((error: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) =>
      problem(res, error.status ?? 500),
    );
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const target = (document = DOCUMENT): SweepTarget => ({
    baseUrl,
    host: 'example.test',
    document,
    callers: [{ name: 'anyone', headers: () => ({}) }],
    fixtures: FIXTURES,
    changeMark: async () => log.length,
    changesSince: async (mark) => log.slice(mark),
    healthy: async () => true,
    reproduce: (operation, id, caller) => `replay ${operation}#${id}@${caller}`,
  });

  it('finds the planted 500 (as HTML), the lax validation, the hang and the refused write that still changed data', async () => {
    const report = await sweep(target(), OPTIONS);
    const kinds = (operation: string) =>
      new Set(report.findings.filter((f) => f.operation === operation).map((f) => f.kind));
    // The little server also takes control characters and unknown fields that Lärnav refuses.
    expect(kinds('POST /things')).toEqual(new Set(['server-error', 'not-problem-json', 'accepted-bad-input']));
    const accepted = report.findings.filter((f) => f.kind === 'accepted-bad-input').map((f) => f.caseLabel);
    expect(accepted).toEqual(
      expect.arrayContaining(['body name: C0 control characters', 'body sweepUnknownField: unknown field']),
    );
    expect(accepted).not.toContain('body name: emoji with joiners');
    expect(report.findings.find((f) => f.kind === 'server-error')?.caseLabel).toBe('body name: NUL character');
    expect(kinds('GET /slow')).toContain('hang');
    expect(kinds('POST /leaky')).toContain('refused-but-changed');
    expect(kinds('GET /things/:id')).toEqual(new Set());
    const printed = formatReport(report, ['anyone']);
    expect(printed).toMatch(/findings: [1-9]/);
    expect(printed).toContain('replay POST /things#');
  });

  it('replays one finding alone from its operation and case id', async () => {
    const first = await sweep(target(), OPTIONS);
    const finding = first.findings.find((f) => f.kind === 'server-error');
    if (!finding) throw new Error('expected the planted 500');
    const replay = await sweep(target(), {
      ...OPTIONS,
      only: { operation: finding.operation, caseId: finding.caseId },
    });
    // The planted 500 is also not problem+json: both findings, of that one case.
    expect(new Set(replay.findings.map((f) => `${f.kind}#${f.caseId}`))).toEqual(
      new Set([`server-error#${finding.caseId}`, `not-problem-json#${finding.caseId}`]),
    );
  });

  it('generates the same cases for the same seed, and a bounded number of them', () => {
    const [operation] = operationsOf(DOCUMENT).filter((o) => o.key === 'POST /things');
    const all = generateCases(operation, FIXTURES);
    const a = selectCases(all, 'seed-1', 30).map((c) => c.id);
    expect(selectCases(generateCases(operation, FIXTURES), 'seed-1', 30).map((c) => c.id)).toEqual(a);
    expect(a).toHaveLength(30);
    expect(selectCases(all, 'seed-2', 30).map((c) => c.id)).not.toEqual(a);
  });

  it('reports a route that is registered but not documented, and one documented but not swept', async () => {
    const report = await sweep(target(), { ...OPTIONS, only: { operation: 'GET /things/:id' } });
    const gaps = coverageGaps(['GET /things/:id', 'DELETE /things/:id'], DOCUMENT, report);
    expect(gaps).toContain('DELETE /things/:id: registered, but not in the OpenAPI document');
    expect(gaps).toContain('POST /things: in the OpenAPI document, but not swept');
    expect(gaps.some((g) => g.startsWith('GET /things/:id'))).toBe(false);
  });
});
