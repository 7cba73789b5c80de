import { ScimError as PatchLibraryError, scimPatch, ScimPatchOperation, ScimResource } from 'scim-patch';
import { ScimError } from './scim-error';
import { MAX_OPERATIONS, SCHEMA } from './scim-schemas';
import { checkSchemas } from './scim-user.mapper';

/** Attribute names as the schemas spell them; a client's own casing is mapped onto these. */
const CANONICAL = new Map(
  [
    'id',
    'userName',
    'externalId',
    'displayName',
    'name',
    'formatted',
    'givenName',
    'familyName',
    'emails',
    'value',
    'type',
    'primary',
    'display',
    'active',
    'locale',
    'preferredLanguage',
    'title',
    'members',
    'employeeNumber',
    'department',
    'manager',
  ].map((name) => [name.toLowerCase(), name]),
);
const URNS = [SCHEMA.enterprise, SCHEMA.user, SCHEMA.group];

function canonicalName(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

/**
 * `DisplayName`, `urn:…:ENTERPRISE:2.0:User:Department`, `name.GivenName` → the schema's spelling.
 * scim-patch matches attribute names case-sensitively (it would add a second `DisplayName`), so
 * names are put right before it runs. Filters inside brackets are left alone: it reads those.
 */
export function canonicalPath(path: string): string {
  for (const urn of URNS) {
    if (path.toLowerCase() === urn.toLowerCase()) return urn;
    if (path.toLowerCase().startsWith(`${urn.toLowerCase()}:`)) {
      const rest = canonicalPath(path.slice(urn.length + 1));
      // The core schema's URN adds nothing to a core attribute's path.
      return urn === SCHEMA.enterprise ? `${urn}:${rest}` : rest;
    }
  }
  const bracket = path.indexOf('[');
  const head = bracket >= 0 ? path.slice(0, bracket) : path;
  const tail = bracket >= 0 ? path.slice(bracket) : '';
  const dotted = head.split('.').map(canonicalName).join('.');
  // After the filter, `].value`: a sub-attribute to put right too.
  const afterFilter = tail.replace(/\]\.(\w+)$/, (_, sub: string) => `].${canonicalName(sub)}`);
  return dotted + afterFilter;
}

/** A path-less value's keys (`name.givenName`, whole extension URNs) spelled as the schemas do. */
function canonicalValue(value: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = canonicalPath(key);
    const urn = URNS.find((u) => u === path);
    if (urn && inner && typeof inner === 'object' && !Array.isArray(inner)) {
      // scim-patch splits a key on its dots, so `urn:…:2.0:User` would become `urn:…:2` → `0:User`:
      // a whole extension object is given to it as one `urn:…:User:attribute` key per attribute.
      for (const [sub, subValue] of Object.entries(inner as Record<string, unknown>)) {
        entries.push([canonicalPath(urn === SCHEMA.enterprise ? `${urn}:${sub}` : sub), subValue]);
      }
    } else {
      entries.push([path, inner]);
    }
  }
  return Object.fromEntries(entries);
}

/** A PATCH body's operations, checked and normalised for scim-patch (RFC 7644 §3.5.2). */
export function patchOperations(body: unknown): ScimPatchOperation[] {
  checkSchemas(body);
  const operations =
    (body as { Operations?: unknown; operations?: unknown } | null)?.Operations ??
    (body as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw ScimError.badRequest('invalidSyntax', 'A PATCH needs "Operations": a list of at least one operation.');
  }
  if (operations.length > MAX_OPERATIONS) {
    throw ScimError.badRequest('tooMany', `A PATCH may carry at most ${MAX_OPERATIONS} operations.`);
  }
  return operations.map((operation, index): ScimPatchOperation => {
    if (!operation || typeof operation !== 'object' || Array.isArray(operation)) {
      throw ScimError.badRequest('invalidSyntax', `Operation ${index + 1} is not an object.`);
    }
    const { op, path, value } = operation as { op?: unknown; path?: unknown; value?: unknown };
    // Entra ID sends "Replace", "Add": RFC 7644 leaves op's case open.
    const kind = typeof op === 'string' ? op.toLowerCase() : '';
    if (kind !== 'add' && kind !== 'replace' && kind !== 'remove') {
      throw ScimError.badRequest('invalidValue', `Operation ${index + 1}: "op" must be add, replace or remove.`);
    }
    if (path !== undefined && (typeof path !== 'string' || path.length > 1000)) {
      throw ScimError.badRequest('invalidPath', `Operation ${index + 1}: "path" must be a short text.`);
    }
    if (kind === 'remove') {
      if (!path) throw ScimError.badRequest('noTarget', `Operation ${index + 1}: a remove needs a "path".`);
      return { op: 'remove', path: canonicalPath(path), ...(value !== undefined ? { value } : {}) };
    }
    if (!path) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw ScimError.badRequest(
          'invalidValue',
          `Operation ${index + 1}: without a "path", "value" must be an object.`,
        );
      }
      return { op: kind, value: canonicalValue(value as Record<string, unknown>) };
    }
    return { op: kind, path: canonicalPath(path), value };
  });
}

/** Applies the operations to a copy of the resource; scim-patch's own errors become SCIM 400s. */
export function applyPatch<T extends object>(resource: T, operations: ScimPatchOperation[]): T {
  try {
    // A JSON copy, not structuredClone: scim-patch's deep-equal compares constructors, and a clone
    // from another realm (Jest's) would match no member in a remove by value.
    return scimPatch(JSON.parse(JSON.stringify(resource)) as ScimResource, operations, {
      mutateDocument: true,
      treatMissingAsAdd: true,
    }) as unknown as T;
  } catch (error) {
    if (error instanceof PatchLibraryError) {
      const scimType =
        error.scimCode === 'noTarget' ? 'noTarget' : error.scimCode === 'invalidPath' ? 'invalidPath' : 'invalidValue';
      throw ScimError.badRequest(scimType, error.message);
    }
    // Anything else the library trips on is still this request's input, never a 500.
    throw ScimError.badRequest('invalidValue', `The patch cannot be applied: ${(error as Error).message}`);
  }
}
