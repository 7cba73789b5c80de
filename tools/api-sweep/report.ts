import { Finding, SweepReport } from './sweep';
import { OpenApiDocument, operationsOf } from './openapi';

const CLASS_ORDER = ['2xx', '3xx', '4xx', '5xx', 'no answer', 'timeout'];

/** What the sweep prints: enough to see what ran, and to replay any finding with one command. */
export function formatReport(report: SweepReport, callers: string[]): string {
  const classes = CLASS_ORDER.map((c) => `${c} ${report.byClass[c] ?? 0}`).join(' · ');
  const unreached = report.operations.filter((o) => o.reached.length === 0).map((o) => o.operation);
  const lines = [
    `API sweep, seed "${report.seed}": ${report.operations.length} operations, ${report.requests} requests ` +
      `as ${callers.join(', ')}, in ${report.seconds} s`,
    `  answers: ${classes}`,
    `  cases per operation: ${range(report.operations.map((o) => o.cases))}; ` +
      `requests per operation: ${range(report.operations.map((o) => o.requests))}`,
    ...(unreached.length ? [`  no caller got past the access guard of: ${unreached.join(', ')}`] : []),
    `  findings: ${report.findings.length}`,
    ...report.findings.map(formatFinding),
  ];
  return lines.join('\n');
}

function formatFinding(finding: Finding, index: number): string {
  return [
    `  ${index + 1}. [${finding.kind}] ${finding.operation} case ${finding.caseId} (${finding.caseLabel}) as ${finding.caller}: ${finding.detail}`,
    `     request:   ${finding.request}`,
    ...(finding.reproduce ? [`     reproduce: ${finding.reproduce}`] : []),
  ].join('\n');
}

function range(values: number[]): string {
  if (values.length === 0) return '–';
  return `${Math.min(...values)}–${Math.max(...values)}`;
}

/**
 * Routes the sweep does not cover: registered in the router but missing from the OpenAPI
 * document, documented but not swept, or swept without any caller getting past the guard.
 */
export function coverageGaps(registeredRoutes: string[], document: OpenApiDocument, report: SweepReport): string[] {
  const documented = new Set(operationsOf(document).map((o) => o.key));
  const swept = new Map(report.operations.map((o) => [o.operation, o]));
  const gaps: string[] = [];
  for (const route of registeredRoutes) {
    if (!documented.has(route)) gaps.push(`${route}: registered, but not in the OpenAPI document`);
  }
  for (const operation of documented) {
    const tally = swept.get(operation);
    if (!tally || tally.requests === 0) gaps.push(`${operation}: in the OpenAPI document, but not swept`);
    else if (tally.reached.length === 0) gaps.push(`${operation}: no caller got past the access guard`);
  }
  return gaps;
}
