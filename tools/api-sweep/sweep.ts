import { seededRandom } from '../../libs/api/demo/src/seeded-random';
import { generateCases, selectCases, SweepCase, SweepFixtures } from './cases';
import { OpenApiDocument, Operation, operationsOf } from './openapi';
import { Answer, send } from './send';

/** Someone the sweep sends requests as: a signed-in person, a token, or nobody. */
export interface SweepCaller {
  name: string;
  headers(): Record<string, string>;
}

/** A committed change to a watched table, as the target's change log recorded it. */
export interface RecordedChange {
  table: string;
  op: 'INSERT' | 'UPDATE' | 'DELETE';
}

export interface SweepTarget {
  baseUrl: string;
  /** The `Host` header: the municipality the requests go to. */
  host: string;
  document: OpenApiDocument;
  /** In order of preference: the first that gets past the access guard sends every case. */
  callers: SweepCaller[];
  fixtures: SweepFixtures;
  /** A position in the change log; `changesSince` lists what was committed after it. */
  changeMark(): Promise<number>;
  changesSince(mark: number): Promise<RecordedChange[]>;
  healthy(): Promise<boolean>;
  /** E.g. to sign a caller in again after an operation ended its session. */
  beforeOperation?(operation: Operation): Promise<void>;
  /** The one command that replays a finding. */
  reproduce(operation: string, caseId: number, caller: string): string;
}

export interface SweepOptions {
  seed: string;
  /** Bound on the cases the first reaching caller sends per operation. */
  maxCasesPerOperation: number;
  /** How many of those every other caller also sends. */
  casesPerOtherCaller: number;
  requestTimeoutMs: number;
  /** Replay: one operation, optionally one case and one caller. */
  only?: { operation: string; caseId?: number; caller?: string };
}

export type FindingKind =
  | 'server-error'
  | 'not-problem-json'
  | 'hang'
  | 'no-answer'
  | 'refused-but-changed'
  | 'accepted-bad-input'
  | 'not-idempotent'
  | 'unhealthy';

export interface Finding {
  kind: FindingKind;
  operation: string;
  caseId: number;
  caseLabel: string;
  caller: string;
  status: number;
  detail: string;
  request: string;
  reproduce: string;
}

export interface OperationTally {
  operation: string;
  requests: number;
  cases: number;
  /** Callers whose well-formed request got past the access guard. */
  reached: string[];
}

export interface SweepReport {
  seed: string;
  seconds: number;
  requests: number;
  byClass: Record<string, number>;
  operations: OperationTally[];
  findings: Finding[];
}

const DENIED = new Set([401, 403]);

/**
 * Schema-driven bad-input sweep (after Schemathesis and RESTler): every operation of the
 * OpenAPI document, as every caller, with requests derived from its schemas. Requests go one
 * at a time, so each change in the log belongs to the request just answered.
 */
export async function sweep(target: SweepTarget, options: SweepOptions): Promise<SweepReport> {
  const started = Date.now();
  const report: SweepReport = {
    seed: options.seed,
    seconds: 0,
    requests: 0,
    byClass: {},
    operations: [],
    findings: [],
  };
  const operations = operationsOf(target.document).filter((op) => !options.only || op.key === options.only.operation);
  for (const operation of operations) {
    await target.beforeOperation?.(operation);
    const all = generateCases(operation, target.fixtures);
    let cases = selectCases(all, `${options.seed}:${operation.key}`, options.maxCasesPerOperation);
    const only = options.only;
    if (only?.caseId !== undefined) cases = all.filter((c) => c.id === only.caseId || c.valid);
    const tally: OperationTally = { operation: operation.key, requests: 0, cases: cases.length, reached: [] };
    report.operations.push(tally);
    const valid = cases.find((c) => c.valid);
    const rest = cases.filter((c) => !c.valid && (only?.caseId === undefined || c.id === only.caseId));
    let primary: SweepCaller | undefined;

    for (const caller of target.callers.filter((c) => !only?.caller || c.name === only.caller)) {
      const probe = valid ? await exchange(target, options, report, tally, operation, valid, caller) : undefined;
      const reached = probe !== undefined && !DENIED.has(probe.answer.status);
      if (reached) tally.reached.push(caller.name);
      if (reached && !primary) {
        primary = caller;
        if (valid && operation.idempotent)
          await checkIdempotent(target, options, report, tally, operation, valid, caller, probe);
        for (const c of rest) await exchange(target, options, report, tally, operation, c, caller);
      } else {
        const random = seededRandom(`${options.seed}:${operation.key}:${caller.name}`);
        const sample = only ? rest : pickSome(rest, options.casesPerOtherCaller, random);
        for (const c of sample) await exchange(target, options, report, tally, operation, c, caller);
      }
    }
  }
  if (!(await target.healthy())) {
    report.findings.push({
      kind: 'unhealthy',
      operation: '(after the sweep)',
      caseId: -1,
      caseLabel: '',
      caller: '',
      status: 0,
      detail: 'The server did not answer its readiness check after the sweep.',
      request: 'GET /health/ready',
      reproduce: '',
    });
  }
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  return report;
}

interface Exchange {
  answer: Answer;
  changes: RecordedChange[];
}

async function exchange(
  target: SweepTarget,
  options: SweepOptions,
  report: SweepReport,
  tally: OperationTally,
  operation: Operation,
  sweepCase: SweepCase,
  caller: SweepCaller,
): Promise<Exchange> {
  const mark = await target.changeMark();
  const headers = { Host: target.host, ...caller.headers(), ...sweepCase.headers };
  const answer = await send(
    target.baseUrl,
    operation.method,
    sweepCase.url,
    headers,
    sweepCase.body,
    options.requestTimeoutMs,
  );
  const changes = await target.changesSince(mark);
  report.requests++;
  tally.requests++;
  const statusClass = answer.timedOut
    ? 'timeout'
    : answer.status === 0
      ? 'no answer'
      : `${Math.floor(answer.status / 100)}xx`;
  report.byClass[statusClass] = (report.byClass[statusClass] ?? 0) + 1;

  const find = (kind: FindingKind, detail: string) =>
    report.findings.push({
      kind,
      operation: operation.key,
      caseId: sweepCase.id,
      caseLabel: sweepCase.label,
      caller: caller.name,
      status: answer.status,
      detail,
      request: describeRequest(operation.method, sweepCase, headers),
      reproduce: target.reproduce(operation.key, sweepCase.id, caller.name),
    });
  const { status } = answer;
  if (answer.timedOut) find('hang', `No answer within ${options.requestTimeoutMs} ms.`);
  else if (status === 0) find('no-answer', 'The connection closed without an answer.');
  else if (status >= 500) find('server-error', `Answered ${status}: ${answer.body.slice(0, 300)}`);
  if (status >= 400 && !rightErrorShape(operation.path, answer)) {
    find('not-problem-json', `A ${status} answered as "${answer.contentType}": ${answer.body.slice(0, 200)}`);
  }
  if (status >= 400 && changes.length > 0) {
    find('refused-but-changed', `Answered ${status}, yet committed: ${summarizeChanges(changes)}.`);
  }
  if (sweepCase.mustRefuse && status > 0 && status < 400) {
    find('accepted-bad-input', `Answered ${status} to input that must be refused: ${answer.body.slice(0, 200)}`);
  }
  return { answer, changes };
}

const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/**
 * Errors are problem+json, except under /scim/v2: SCIM clients read RFC 7644's error body
 * (application/scim+json with the Error schema), and that is the right shape there.
 */
function rightErrorShape(path: string, answer: Answer): boolean {
  if (!path.startsWith('/scim/v2')) return answer.contentType.startsWith('application/problem+json');
  if (!answer.contentType.startsWith('application/scim+json')) return false;
  try {
    const body = JSON.parse(answer.body) as { schemas?: unknown };
    return Array.isArray(body.schemas) && body.schemas.includes(SCIM_ERROR_SCHEMA);
  } catch {
    return false;
  }
}

/** The same well-formed request again: no new rows, and the same kind of answer. */
async function checkIdempotent(
  target: SweepTarget,
  options: SweepOptions,
  report: SweepReport,
  tally: OperationTally,
  operation: Operation,
  valid: SweepCase,
  caller: SweepCaller,
  first: Exchange,
): Promise<void> {
  const again = await exchange(target, options, report, tally, operation, valid, caller);
  // The audit log rightly records each attempt; the business tables must not grow.
  const inserted = again.changes.filter((c) => c.op === 'INSERT' && c.table !== 'audit_event');
  const firstOk = first.answer.status < 400;
  // A repeat may also find its precondition gone: the thing deleted (404), the revision it named
  // already superseded (409, optimistic concurrency). Either way it must change nothing.
  const sameAnswer =
    again.answer.status === first.answer.status ||
    (firstOk && (again.answer.status === 409 || (operation.method === 'DELETE' && again.answer.status === 404)));
  if (inserted.length > 0 || !sameAnswer) {
    report.findings.push({
      kind: 'not-idempotent',
      operation: operation.key,
      caseId: valid.id,
      caseLabel: `${valid.label}, sent twice`,
      caller: caller.name,
      status: again.answer.status,
      detail: `First ${first.answer.status}, then ${again.answer.status}; the second inserted ${summarizeChanges(inserted) || 'nothing'}.`,
      request: describeRequest(operation.method, valid, {}),
      reproduce: target.reproduce(operation.key, valid.id, caller.name),
    });
  }
}

function pickSome<T>(items: T[], count: number, random: ReturnType<typeof seededRandom>): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return picked;
}

function summarizeChanges(changes: RecordedChange[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(`${c.op} ${c.table}`, (counts.get(`${c.op} ${c.table}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${n}× ${what}`).join(', ');
}

const SECRET_HEADERS = new Set(['cookie', 'authorization', 'x-csrf-token']);

function describeRequest(method: string, sweepCase: SweepCase, headers: Record<string, string>): string {
  const shown = Object.entries(headers)
    .map(([k, v]) => `${k}: ${SECRET_HEADERS.has(k.toLowerCase()) ? '…' : v}`)
    .join('; ');
  const body = sweepCase.body
    ? sweepCase.body.length > 300
      ? `${sweepCase.body.subarray(0, 300).toString('utf8')}… (${sweepCase.body.length} bytes)`
      : sweepCase.body.toString('utf8')
    : '';
  return `${method} ${sweepCase.url.length > 300 ? `${sweepCase.url.slice(0, 300)}…` : sweepCase.url} [${shown}]${body ? ` ${JSON.stringify(body)}` : ''}`;
}
