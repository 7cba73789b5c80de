/** The parts of an OpenAPI 3 document the sweep reads. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  'x-idempotent'?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** One operation, with its schemas resolved. */
export interface Operation {
  /** `POST /api/people/:id/transfer`, as the Nest router and the authorization matrix name routes. */
  key: string;
  method: string;
  /** The OpenAPI path template, `/api/people/{id}/transfer`. */
  path: string;
  pathParams: ParameterObject[];
  queryParams: ParameterObject[];
  body: SchemaObject | undefined;
  /** Sending it twice must leave the same state as sending it once (PUT, DELETE, or declared). */
  idempotent: boolean;
  /** The operation takes a body at all (POST, PUT, PATCH), documented or not. */
  takesBody: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(document, p.schema ?? {}) }));
      const json = operation.requestBody?.content?.['application/json']?.schema;
      const upper = method.toUpperCase();
      operations.push({
        key: routeKey(upper, path),
        method: upper,
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: json ? resolve(document, json) : undefined,
        idempotent: upper === 'PUT' || upper === 'DELETE' || operation['x-idempotent'] === true,
        takesBody: ['POST', 'PUT', 'PATCH'].includes(upper),
      });
    }
  }
  return operations.sort((a, b) => a.key.localeCompare(b.key));
}

/** `GET /api/org-units/{id}` → `GET /api/org-units/:id` */
export function routeKey(method: string, path: string): string {
  return `${method} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/** Follows `$ref`s and merges `allOf`, deeply, so the generator sees plain schemas. */
export function resolve(document: OpenApiDocument, schema: SchemaObject, depth = 0): SchemaObject {
  if (depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`The OpenAPI document has no schema ${schema.$ref}`);
    return resolve(document, target, depth + 1);
  }
  let merged: SchemaObject = { ...schema };
  if (schema.allOf) {
    delete merged.allOf;
    for (const part of schema.allOf) {
      const resolved = resolve(document, part, depth + 1);
      merged = {
        ...resolved,
        ...merged,
        properties: { ...resolved.properties, ...merged.properties },
        required: [...(resolved.required ?? []), ...(merged.required ?? [])],
      };
    }
  }
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) merged = { ...resolve(document, choice, depth + 1), ...merged, oneOf: undefined, anyOf: undefined };
  if (merged.items) merged.items = resolve(document, merged.items, depth + 1);
  if (merged.properties) {
    merged.properties = Object.fromEntries(
      Object.entries(merged.properties).map(([name, property]) => [name, resolve(document, property, depth + 1)]),
    );
  }
  return merged;
}

export function typeOf(schema: SchemaObject): string {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}
