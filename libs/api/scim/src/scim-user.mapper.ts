import { ScimError } from './scim-error';
import { SCHEMA } from './scim-schemas';

/** What Lärnav keeps of a SCIM User. */
export interface ScimUserFields {
  email: string;
  externalId: string | null;
  name: string;
  active: boolean;
  locale: string | null;
  jobRole: string | null;
  department: string | null;
  employeeNumber: string | null;
  /** The manager's SCIM id; null when none (or removed). */
  managerId: string | null;
}

/** A person as SCIM shows them: enough to round-trip what the identity system sent. */
export interface ScimUserView {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  active: boolean;
  locale: string;
  jobRole: string | null;
  department: string | null;
  employeeNumber: string | null;
  managerId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function userResource(user: ScimUserView, baseUrl: string): Record<string, unknown> {
  const enterprise: Record<string, unknown> = {};
  if (user.employeeNumber) enterprise['employeeNumber'] = user.employeeNumber;
  if (user.department) enterprise['department'] = user.department;
  if (user.managerId) enterprise['manager'] = { value: user.managerId };
  return {
    schemas: [SCHEMA.user, SCHEMA.enterprise],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.email,
    displayName: user.name,
    name: { formatted: user.name },
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: user.active,
    locale: user.locale,
    ...(user.jobRole ? { title: user.jobRole } : {}),
    [SCHEMA.enterprise]: enterprise,
    meta: {
      resourceType: 'User',
      created: user.createdAt.toISOString(),
      lastModified: user.updatedAt.toISOString(),
      location: `${baseUrl}/Users/${user.id}`,
    },
  };
}

/**
 * A SCIM User resource (a POST or PUT body, or the result of a PATCH) read leniently, as Entra ID
 * writes it: `active` as "False", `manager` as a bare id or `{ value }`, empty strings for unset.
 */
export function readUser(resource: unknown): ScimUserFields {
  if (!resource || typeof resource !== 'object' || Array.isArray(resource)) {
    throw ScimError.badRequest('invalidSyntax', 'A User must be a JSON object.');
  }
  checkSchemas(resource);
  const body = lowerKeys(resource as Record<string, unknown>);
  const enterprise = lowerKeys(objectOr(body[SCHEMA.enterprise.toLowerCase()], 'the enterprise extension') ?? {});
  const name = lowerKeys(objectOr(body['name'], 'name') ?? {});
  const userName = text(body['username'], 'userName', 320);
  const workEmail = emailsValue(body['emails']);
  const email = [userName, workEmail].find((v) => v && /^[^\s@]+@[^\s@]+$/.test(v));
  if (!email) throw ScimError.badRequest('invalidValue', 'userName must be an email address (the UPN).');
  const given = text(name['givenname'], 'name.givenName', 100);
  const family = text(name['familyname'], 'name.familyName', 100);
  const fullName =
    text(body['displayname'], 'displayName', 200) ??
    text(name['formatted'], 'name.formatted', 200) ??
    ([given, family].filter(Boolean).join(' ') || email);
  const locale = text(body['locale'], 'locale', 20) ?? text(body['preferredlanguage'], 'preferredLanguage', 20);
  return {
    email: email.toLowerCase(),
    externalId: text(body['externalid'], 'externalId', 200),
    name: fullName.slice(0, 200),
    active: bool(body['active'], 'active') ?? true,
    locale: locale ? languageOf(locale) : null,
    jobRole: text(body['title'], 'title', 100),
    department: text(enterprise['department'], 'department', 200),
    employeeNumber: text(enterprise['employeenumber'], 'employeeNumber', 100),
    managerId: managerOf(enterprise['manager']),
  };
}

function lowerKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), v]));
}

function objectOr(value: unknown, field: string): Record<string, unknown> | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw ScimError.badRequest('invalidValue', `${field} must be an object.`);
  return value as Record<string, unknown>;
}

/** A text attribute; empty means unset. */
function text(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw ScimError.badRequest('invalidValue', `${field} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw ScimError.badRequest('invalidValue', `${field} is longer than ${max} characters.`);
  return trimmed || null;
}

function bool(value: unknown, field: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  // Entra ID sends "True" and "False" in PATCH values (Microsoft's SCIM known issues).
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw ScimError.badRequest('invalidValue', `${field} must be true or false.`);
}

function emailsValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw ScimError.badRequest('invalidValue', 'emails must be a list.');
  const entries = value.map((entry) => lowerKeys(objectOr(entry, 'emails[]') ?? {}));
  const chosen =
    entries.find((e) => e['primary'] === true || e['primary'] === 'True' || e['primary'] === 'true') ??
    entries.find((e) => String(e['type'] ?? '').toLowerCase() === 'work') ??
    entries[0];
  return chosen ? text(chosen['value'], 'emails.value', 320) : null;
}

/** `"id"` or `{ "value": "id" }`; an empty one removes the manager. */
function managerOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return text(value, 'manager', 200);
  if (typeof value === 'object' && !Array.isArray(value)) {
    return text(lowerKeys(value as Record<string, unknown>)['value'] ?? null, 'manager.value', 200);
  }
  throw ScimError.badRequest('invalidValue', 'manager must be an id or an object with "value".');
}

/** `sv-SE`, `sv_SE`, `en-GB` → `sv`, `en`; Lärnav speaks Swedish and English. */
function languageOf(locale: string): string | null {
  const language = locale.slice(0, 2).toLowerCase();
  return language === 'sv' || language === 'en' ? language : null;
}

/** `schemas`, when sent, must be a list of URNs; which ones is not held against the client. */
export function checkSchemas(body: unknown): void {
  const schemas = (body as { schemas?: unknown } | null)?.schemas;
  if (schemas === undefined || schemas === null) return;
  if (!Array.isArray(schemas) || schemas.some((s) => typeof s !== 'string')) {
    throw ScimError.badRequest('invalidSyntax', '"schemas" must be a list of schema URNs.');
  }
}
