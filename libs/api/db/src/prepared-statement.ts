import { createHash } from 'node:crypto';

/**
 * A statement PostgreSQL parses and plans once per connection and afterwards only executes.
 * For the statements every click sends (the session's actor, a progress event) planning cost
 * as much as running them (issue 8: 0.16 and 0.21 ms of planning against 0.05 and 0.22 ms of
 * execution). They travel in the simple query protocol, several to a message, so they are
 * prepared with SQL `PREPARE` and run with `EXECUTE`, their values as quoted literals.
 *
 * A plan made under row-level security is bound to the role it was made for: PostgreSQL plans
 * again when another role executes it, so the tenant's policies always apply.
 */
export interface PreparedStatement {
  /** Unique per text: a changed statement is a new name, never an old plan. */
  readonly name: string;
  readonly prepare: string;
}

/** `sql` with `$1`, `$2`, … of the given types, e.g. `preparedStatement('actor', ['uuid'], 'SELECT …')`. */
export function preparedStatement(purpose: string, types: string[], sql: string): PreparedStatement {
  if (!/^[a-z_]+$/.test(purpose)) throw new Error(`Unexpected statement name ${purpose}`);
  const digest = createHash('sha256')
    .update(`${types.join(',')}|${sql}`)
    .digest('hex')
    .slice(0, 12);
  const name = `larnav_${purpose}_${digest}`;
  return { name, prepare: `PREPARE ${name}${types.length ? `(${types.join(', ')})` : ''} AS ${sql}` };
}

export type SqlValue = string | number | boolean | object | null;

/** A value as an SQL literal, quoted as pg's escapeLiteral quotes (objects as JSON). */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return quoted(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * pg's escapeLiteral, to the byte (the unit test compares them): quotes doubled, and backslashes
 * doubled in an E'' string. pg builds its answer a character at a time, which made a tenth of
 * the progress path's garbage (issue 8); two replaces make it in one go.
 */
function quoted(text: string): string {
  const body = text.replace(/'/g, "''");
  return text.includes('\\') ? ` E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

/** The `EXECUTE` of a prepared statement with these values, to send in a simple query. */
export function executeStatement(statement: PreparedStatement, values: SqlValue[]): string {
  return `EXECUTE ${statement.name}${values.length ? `(${values.map(sqlLiteral).join(', ')})` : ''}`;
}

interface Connection {
  query(sql: string): Promise<unknown>;
}

/** What each connection has prepared, kept on the pg client itself: it lives as long as the connection. */
const PREPARED = Symbol('larnav.prepared-statements');

/**
 * Prepares what this connection has not prepared yet, each in a message of its own (once per
 * connection), so that the messages that follow can only `EXECUTE`.
 */
export async function ensurePrepared(connection: Connection, ...statements: PreparedStatement[]): Promise<void> {
  const holder = connection as Connection & { [PREPARED]?: Set<string> };
  const prepared = (holder[PREPARED] ??= new Set());
  for (const statement of statements) {
    if (prepared.has(statement.name)) continue;
    try {
      await connection.query(statement.prepare);
    } catch (error) {
      // Already prepared on this connection (a connection handed on by another pool user): fine.
      if ((error as { code?: string }).code !== '42P05') throw error;
    }
    prepared.add(statement.name);
  }
}
