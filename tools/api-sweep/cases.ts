import { seededRandom } from '../../libs/api/demo/src/seeded-random';
import {
  HOSTILE_DATES,
  HOSTILE_NUMBER_TEXTS,
  HOSTILE_NUMBERS,
  HOSTILE_PATH_SEGMENTS,
  HOSTILE_STRINGS,
  HOSTILE_UUIDS,
  HostileValue,
} from './hostile-values';
import { Operation, ParameterObject, SchemaObject, typeOf } from './openapi';
import { encodeComponent, json, queryString, withField } from './wire';

/** One request the sweep sends. `id` is stable for a seed, so a finding can be replayed alone. */
export interface SweepCase {
  id: number;
  label: string;
  /** Path and query as they go on the wire. */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The API must answer 4xx (or deny the caller): this input is wrong wherever it is sent. */
  mustRefuse: boolean;
  /** The well-formed request: the first one sent, and the one sent twice for idempotency. */
  valid?: boolean;
  /** Always sent, whatever the per-operation bound: the request's frame rather than a field. */
  structural?: boolean;
}

/** What the sweep knows of the installation: ids that exist, values that let a request go deep. */
export interface SweepFixtures {
  /** A value for a path parameter, e.g. an existing unit's id for `/api/org-units/{id}`. */
  pathValue(operation: Operation, parameter: ParameterObject): string;
  /** A well-formed value for a body or query field by its name, when the schema's own will not do. */
  knownValue(name: string): unknown;
}

export const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const JSON_TYPE = { 'Content-Type': 'application/json' };

type Draft = Omit<SweepCase, 'id'>;

/** Every case for an operation, in a fixed order; `selectCases` then bounds them. */
export function generateCases(operation: Operation, fixtures: SweepFixtures): SweepCase[] {
  const examples = new Examples(fixtures);
  const pathValues = Object.fromEntries(operation.pathParams.map((p) => [p.name, fixtures.pathValue(operation, p)]));
  const validQuery = operation.queryParams
    .filter((p) => p.required)
    .map((p) => [p.name, String(examples.of(p.schema ?? {}, p.name))] as [string, string]);
  const validBody = operation.body ? examples.of(operation.body, 'body') : undefined;
  const url = (path = pathValues, query = validQuery) =>
    operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => path[name]) + queryString(query);
  const withBody = (body: unknown): Pick<Draft, 'headers' | 'body'> =>
    body === undefined ? { headers: {} } : { headers: JSON_TYPE, body: json(body) };
  const hasRequired = (operation.body?.required?.length ?? 0) > 0;
  const drafts: Draft[] = [];

  drafts.push({ label: 'well-formed request', url: url(), ...withBody(validBody), mustRefuse: false, valid: true });

  // The frame of the request: what a parser sees before any field is read.
  const raw = (label: string, contentType: string, body: Buffer, mustRefuse: boolean, extra = {}) =>
    drafts.push({
      label,
      url: url(),
      headers: { 'Content-Type': contentType, ...extra },
      body,
      mustRefuse,
      structural: true,
    });
  const bodied = operation.takesBody;
  raw('malformed JSON', 'application/json', Buffer.from('{"name": "Anna", '), true);
  raw('JSON with a trailing comma', 'application/json', Buffer.from('{"a": 1,}'), true);
  raw('JSON null', 'application/json', Buffer.from('null'), bodied && hasRequired);
  raw('JSON array', 'application/json', Buffer.from('[{"a": 1}]'), bodied && operation.body !== undefined);
  raw('JSON string', 'application/json', Buffer.from('"text"'), bodied && hasRequired);
  raw('empty JSON body', 'application/json', Buffer.alloc(0), bodied && hasRequired);
  raw('deeply nested JSON', 'application/json', Buffer.from(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), bodied);
  raw('deeply nested arrays', 'application/json', Buffer.from(`${'['.repeat(20000)}${']'.repeat(20000)}`), bodied);
  raw('oversized JSON (3 MB)', 'application/json', json({ padding: 'x'.repeat(3_000_000) }), true);
  raw('unsupported charset', 'application/json; charset=koi8-r', json(validBody ?? {}), bodied);
  raw('broken gzip body', 'application/json', Buffer.from('not gzip at all'), true, { 'Content-Encoding': 'gzip' });
  raw('JSON sent as text/plain', 'text/plain', json(validBody ?? {}), bodied && hasRequired);
  raw('XML body', 'application/xml', Buffer.from('<person><name>Anna</name></person>'), bodied && hasRequired);
  raw(
    'form body',
    'application/x-www-form-urlencoded',
    Buffer.from('name=Anna&__proto__[admin]=1'),
    bodied && hasRequired,
  );
  if (validBody !== undefined && typeof validBody === 'object') {
    const prototypeKey = Buffer.from(JSON.stringify(validBody).replace(/^\{/, '{"__proto__":{"admin":true},'));
    raw('__proto__ key', 'application/json', prototypeKey, true);
  }

  for (const parameter of operation.pathParams) {
    const at = (value: string) => url({ ...pathValues, [parameter.name]: value });
    for (const hostile of HOSTILE_UUIDS) {
      drafts.push({
        label: `path ${parameter.name}: ${hostile.name}`,
        url: at(encodeComponent(String(hostile.value))),
        ...withBody(validBody),
        mustRefuse: hostile.name !== 'nil uuid',
      });
    }
    for (const segment of HOSTILE_PATH_SEGMENTS) {
      drafts.push({
        label: `path ${parameter.name}: raw ${segment}`,
        url: at(segment),
        ...withBody(validBody),
        mustRefuse: true,
      });
    }
  }

  for (const parameter of operation.queryParams) {
    for (const hostile of queryValues(parameter.schema ?? {})) {
      drafts.push({
        label: `query ${parameter.name}: ${hostile.name}`,
        url: url(pathValues, [
          ...validQuery.filter(([k]) => k !== parameter.name),
          [parameter.name, String(hostile.value)],
        ]),
        ...withBody(validBody),
        mustRefuse: hostile.refuse === true,
      });
    }
    const twice: [string, string][] = [...validQuery, [parameter.name, 'a'], [parameter.name, 'b']];
    drafts.push({
      label: `query ${parameter.name}: repeated`,
      url: url(pathValues, twice),
      ...withBody(validBody),
      mustRefuse: false,
    });
  }
  drafts.push({
    label: 'unknown query parameter',
    url: url(pathValues, [...validQuery, ['sweepUnknown', '1']]),
    ...withBody(validBody),
    mustRefuse: false,
  });

  if (operation.body && validBody !== undefined) {
    for (const mutation of fieldMutations(operation.body, [], examples)) {
      drafts.push({
        label: `body ${mutation.path.join('.') || '(root)'}: ${mutation.name}`,
        url: url(),
        headers: JSON_TYPE,
        body: mutation.raw ?? json(withField(validBody, mutation.path, mutation.value)),
        mustRefuse: mutation.refuse,
      });
    }
  }
  return drafts.map((draft, id) => ({ id, ...draft }));
}

/** The well-formed and structural cases, then a seeded sample of the rest, up to `max`. */
export function selectCases(cases: SweepCase[], seed: string, max: number): SweepCase[] {
  const fixed = cases.filter((c) => c.valid || c.structural);
  const rest = cases.filter((c) => !c.valid && !c.structural);
  const random = seededRandom(seed);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...fixed, ...rest.slice(0, Math.max(0, max - fixed.length))].sort((a, b) => a.id - b.id);
}

interface Mutation {
  path: (string | number)[];
  name: string;
  value?: unknown;
  raw?: Buffer;
  refuse: boolean;
}

function* fieldMutations(schema: SchemaObject, path: (string | number)[], examples: Examples): Generator<Mutation> {
  const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
  if (!open) yield { path: [...path, 'sweepUnknownField'], name: 'unknown field', value: 'x', refuse: true };
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const at = [...path, name];
    const required = schema.required?.includes(name) ?? false;
    if (required) yield { path: at, name: 'missing', value: undefined, refuse: true };
    yield { path: at, name: 'null', value: null, refuse: required && !property.nullable };
    const type = typeOf(property);
    for (const [label, value] of wrongTypes(type))
      yield { path: at, name: `wrong type (${label})`, value, refuse: true };
    if (type === 'string') yield* stringMutations(property, at);
    if (type === 'integer' || type === 'number') {
      for (const h of HOSTILE_NUMBERS) yield { path: at, name: h.name, value: h.value, refuse: false };
    }
    if (type === 'array') {
      yield { path: at, name: 'empty array', value: [], refuse: false };
      const item = examples.of(property.items ?? {}, name);
      yield { path: at, name: '10,000 items', value: Array.from({ length: 10_000 }, () => item), refuse: false };
      if (property.items && typeOf(property.items) === 'string') {
        for (const h of HOSTILE_STRINGS.filter((s) => s.refuse)) {
          yield { path: [...at, 0], name: `item: ${h.name}`, value: h.value, refuse: true };
        }
      }
      if (property.items?.properties) yield* fieldMutations(property.items, [...at, 0], examples);
    }
    if (type === 'object' && property.properties) yield* fieldMutations(property, at, examples);
  }
}

function* stringMutations(property: SchemaObject, at: (string | number)[]): Generator<Mutation> {
  for (const h of HOSTILE_STRINGS) yield { path: at, name: h.name, value: h.value, refuse: h.refuse === true };
  if (property.maxLength !== undefined && property.maxLength < 100_000) {
    yield {
      path: at,
      name: `longer than ${property.maxLength}`,
      value: 'a'.repeat(property.maxLength + 1),
      refuse: true,
    };
  }
  if (property.enum) yield { path: at, name: 'not one of the allowed values', value: 'sweep-unknown', refuse: true };
  const format = property.format;
  if (format === 'date' || format === 'date-time') {
    for (const h of HOSTILE_DATES) yield { path: at, name: h.name, value: h.value, refuse: false };
  }
  if (format === 'uuid') {
    for (const h of HOSTILE_UUIDS) yield { path: at, name: h.name, value: h.value, refuse: h.name !== 'nil uuid' };
  }
  if (format === 'email') {
    yield { path: at, name: 'no domain', value: 'anna@', refuse: true };
    yield { path: at, name: 'very long address', value: `${'a'.repeat(400)}@stenungsund.se`, refuse: true };
  }
}

function wrongTypes(type: string): [string, unknown][] {
  const all: Record<string, [string, unknown]> = {
    string: ['text', 'sweep'],
    number: ['number', 12345],
    boolean: ['boolean', true],
    object: ['object', { a: 1 }],
    array: ['array', ['a']],
  };
  const same = type === 'integer' ? 'number' : type;
  return Object.entries(all)
    .filter(([name]) => name !== same)
    .map(([, entry]) => entry);
}

function queryValues(schema: SchemaObject): HostileValue[] {
  return hostileQueryValues(schema).map((h) => ({
    ...h,
    // An address carries UTF-8 bytes: a lone surrogate arrives as U+FFFD, which is fine text.
    refuse: h.refuse === true && !h.name.includes('surrogate'),
  }));
}

function hostileQueryValues(schema: SchemaObject): HostileValue[] {
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    return HOSTILE_NUMBER_TEXTS.map((h) => ({ ...h, refuse: h.name === 'word' }));
  }
  if (schema.format === 'date' || schema.format === 'date-time') {
    return [...HOSTILE_DATES, ...HOSTILE_STRINGS.filter((s) => s.refuse)];
  }
  if (schema.format === 'uuid') return HOSTILE_UUIDS.map((h) => ({ ...h, refuse: h.name !== 'nil uuid' }));
  return HOSTILE_STRINGS;
}

/** Well-formed values from a schema, unique enough that creating twice rarely collides. */
class Examples {
  private counter = 0;
  constructor(private readonly fixtures: SweepFixtures) {}

  of(schema: SchemaObject, name: string): unknown {
    const known = this.fixtures.knownValue(name);
    if (known !== undefined) return known;
    if (schema.enum?.length) return schema.enum[0];
    const type = typeOf(schema);
    if (type === 'object') {
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, p]) => [key, this.of(p, key)]));
    }
    if (type === 'array') {
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => this.of(schema.items ?? {}, name));
    }
    if (schema.example !== undefined) return schema.example;
    if (type === 'integer' || type === 'number') return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 1);
    if (type === 'boolean') return true;
    const n = ++this.counter;
    switch (schema.format) {
      case 'uuid':
        return MISSING_ID;
      case 'date':
        return '2026-03-02';
      case 'date-time':
        return '2026-03-02T08:00:00.000Z';
      case 'email':
        return `svep${n}@stenungsund.se`;
      case 'uri':
      case 'url':
        return 'https://example.org/';
      default: {
        const text = `Svep ${n}`;
        return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
      }
    }
  }
}
