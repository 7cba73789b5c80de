import { Filter, parse } from 'scim2-parse-filter';
import { ScimError } from './scim-error';
import { SCHEMA } from './scim-schemas';

/** How a filterable attribute is stored: a SQL expression, and how it compares. */
export interface FilterColumn {
  sql: string;
  type: 'string' | 'boolean' | 'id';
  /** RFC 7643's caseExact: false compares ignoring case (userName, emails, displayName). */
  caseExact?: boolean;
  /** For a multi-valued attribute stored in another table: `EXISTS (… AND ${condition})`. */
  exists?: (condition: string) => string;
}

export interface CompiledFilter {
  where: string;
  params: unknown[];
}

const MAX_FILTER_LENGTH = 2000;

/**
 * A SCIM filter as a parameterised SQL condition. Parsing is scim2-parse-filter's, which already
 * reads operators in any case (`EQ`, `And`); attribute names are matched here ignoring case, and
 * with or without their schema URN, as RFC 7644 §3.10 and Entra ID expect.
 */
export function compileFilter(
  text: string | undefined,
  columns: Record<string, FilterColumn>,
  firstParam = 1,
): CompiledFilter {
  if (text === undefined || text.trim() === '') return { where: 'TRUE', params: [] };
  if (text.length > MAX_FILTER_LENGTH) throw ScimError.badRequest('invalidFilter', 'The filter is too long.');
  let ast: Filter;
  try {
    ast = parse(text);
  } catch (error) {
    throw ScimError.badRequest('invalidFilter', `The filter cannot be read: ${(error as Error).message}`);
  }
  const params: unknown[] = [];
  const byName = new Map(Object.entries(columns).map(([name, column]) => [name.toLowerCase(), column]));
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const compile = (node: Filter, depth: number): string => {
    if (depth > 16) throw ScimError.badRequest('invalidFilter', 'The filter is nested too deeply.');
    switch (node.op) {
      case 'and':
      case 'or':
        return `(${node.filters.map((f) => compile(f, depth + 1)).join(node.op === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `NOT (${compile(node.filter, depth + 1)})`;
      case '[]': {
        // emails[type eq "work"]: with one stored address, it is the work one.
        const prefix = `${node.attrPath}.`;
        const inner = mapAttributes(node.valFilter, (attr) => prefix + attr);
        return compile(inner, depth + 1);
      }
      default: {
        const column = lookUp(byName, node.attrPath);
        if (column === 'always-work') {
          if (node.op === 'pr') return 'TRUE';
          const value = 'compValue' in node ? node.compValue : undefined;
          return node.op === 'eq' && String(value).toLowerCase() === 'work' ? 'TRUE' : 'FALSE';
        }
        const condition = comparison(node, column, param);
        return column.exists ? column.exists(condition) : condition;
      }
    }
  };
  return { where: compile(ast, 0), params };
}

function lookUp(byName: Map<string, FilterColumn>, attrPath: string): FilterColumn | 'always-work' {
  let name = attrPath.toLowerCase();
  for (const urn of [SCHEMA.user, SCHEMA.group, SCHEMA.enterprise]) {
    if (name.startsWith(`${urn.toLowerCase()}:`)) name = name.slice(urn.length + 1);
  }
  if (name === 'emails.type') return 'always-work';
  const column = byName.get(name);
  if (!column) throw ScimError.badRequest('invalidFilter', `Filtering on "${attrPath}" is not supported.`);
  return column;
}

function comparison(node: Filter, column: FilterColumn, param: (value: unknown) => string): string {
  if (node.op === 'pr')
    return column.type === 'string'
      ? `(${column.sql} IS NOT NULL AND ${column.sql} <> '')`
      : `${column.sql} IS NOT NULL`;
  if (!('compValue' in node))
    throw ScimError.badRequest('invalidFilter', `The operator "${node.op}" is not supported.`);
  const value = node.compValue;
  if (column.type === 'boolean') {
    const bool = typeof value === 'boolean' ? value : String(value).toLowerCase() === 'true';
    if (node.op === 'eq') return `${column.sql} = ${param(bool)}`;
    if (node.op === 'ne') return `${column.sql} <> ${param(bool)}`;
    throw ScimError.badRequest('invalidFilter', `"${node.op}" does not compare true and false.`);
  }
  if (value === null) {
    if (node.op === 'eq') return `${column.sql} IS NULL`;
    if (node.op === 'ne') return `${column.sql} IS NOT NULL`;
    throw ScimError.badRequest('invalidFilter', `"${node.op}" does not compare with null.`);
  }
  const raw = String(value);
  if (column.type === 'id') {
    // An id that is no uuid matches nothing, rather than failing the cast.
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw);
    if (node.op === 'eq') return uuid ? `${column.sql} = ${param(raw)}::uuid` : 'FALSE';
    if (node.op === 'ne') return uuid ? `${column.sql} <> ${param(raw)}::uuid` : 'TRUE';
    throw ScimError.badRequest('invalidFilter', `"${node.op}" does not compare ids.`);
  }
  const fold = column.caseExact ? (sql: string) => sql : (sql: string) => `lower(${sql})`;
  const left = fold(column.sql);
  const like = (pattern: string) => `${left} LIKE ${fold(param(pattern))}`;
  const escaped = raw.replace(/[\\%_]/g, (c) => `\\${c}`);
  switch (node.op) {
    case 'eq':
      return `${left} = ${fold(param(raw))}`;
    case 'ne':
      return `(${column.sql} IS NULL OR ${left} <> ${fold(param(raw))})`;
    case 'co':
      return like(`%${escaped}%`);
    case 'sw':
      return like(`${escaped}%`);
    case 'ew':
      return like(`%${escaped}`);
    case 'gt':
      return `${left} > ${fold(param(raw))}`;
    case 'ge':
      return `${left} >= ${fold(param(raw))}`;
    case 'lt':
      return `${left} < ${fold(param(raw))}`;
    case 'le':
      return `${left} <= ${fold(param(raw))}`;
    default:
      throw ScimError.badRequest('invalidFilter', `The operator "${(node as { op: string }).op}" is not supported.`);
  }
}

function mapAttributes(node: Filter, rename: (attr: string) => string): Filter {
  switch (node.op) {
    case 'and':
    case 'or':
      return { ...node, filters: node.filters.map((f) => mapAttributes(f, rename)) };
    case 'not':
      return { ...node, filter: mapAttributes(node.filter, rename) };
    case '[]':
      return { ...node, attrPath: rename(node.attrPath) };
    default:
      return { ...node, attrPath: rename(node.attrPath) } as Filter;
  }
}
