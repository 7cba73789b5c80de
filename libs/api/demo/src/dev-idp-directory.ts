import { createHash } from 'node:crypto';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_HISTORY, DEMO_MUNICIPALITIES, DemoMunicipality } from './demo-municipalities';
import { unitsOf } from './org-structure';
import { planTurnover } from './turnover';

/*
 * What the development IdP (apps/dev-idp) says about the demo's people, in the words Microsoft
 * Entra ID uses: a directory (tenant) id per municipality, app roles, group object ids. The API's
 * seed configures each tenant's sign-in mapping from these same exports, so the two never drift.
 */

type DemoSlug = 'stenungsund' | 'tjorn';

/** The `tid` claim: one Entra directory per municipality. Made up, and fixed for good. */
export const DEV_IDP_TENANT_IDS = {
  stenungsund: '2f45a768-1dc8-4b06-8676-13bccea85a49',
  tjorn: '62371deb-c965-4ad5-87b5-c0aa1db14c22',
} as const satisfies Record<DemoSlug, string>;

/** The `roles` claim: app role values of the Lärnav app registration. No role means a learner. */
export const DEV_IDP_APP_ROLES = {
  admin: 'Larnav.Admin',
  hr: 'Larnav.HR',
  trainer: 'Larnav.Trainer',
} as const;

export interface DevIdpGroup {
  /** The object id, which is what the `groups` claim carries. */
  id: string;
  displayName: string;
  tenantSlug: string;
  /** `unit`: the members work in the unit. `hr`: the members are HR for the unit and everything below it. */
  kind: 'unit' | 'hr';
  unitCode: string;
}

/** An identity as the dev IdP signs it in: the ID token's claims, plus what the sign-in page shows. */
export interface DevIdpAccount {
  /** Entra's `sub` is pairwise (per app) and not a GUID: the API must key people on `tid` + `oid`. */
  sub: string;
  oid: string;
  tid: string;
  preferred_username: string;
  email: string;
  name: string;
  roles: string[];
  groups: string[];
  /** Swedish, for the sign-in page. */
  description?: string;
  tenantSlug: string;
}

/** Fixed namespace of every name-based id below (RFC 9562 UUID version 5). */
const NAMESPACE = '8628a129-07e3-493f-aed4-795b6899cf57';

type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** What the well-known people may do, as the municipality's IT would have set it up in Entra. */
const WELL_KNOWN_ACCESS: Record<DemoAccountKey, { roles: string[]; hrFor?: string; label: string }> = {
  caseworker: { roles: [], label: 'deltagare' },
  permitColleague: { roles: [], label: 'deltagare' },
  inspector: { roles: [], label: 'deltagare' },
  hrOfficer: { roles: [DEV_IDP_APP_ROLES.hr], hrFor: 'SBF', label: 'HR för förvaltningen' },
  unitManager: { roles: [], label: 'chef för enheten' },
  trainer: { roles: [DEV_IDP_APP_ROLES.trainer], label: 'utbildare' },
  administrator: { roles: [DEV_IDP_APP_ROLES.admin], label: 'administratör' },
  tjornCaseworker: { roles: [], label: 'deltagare' },
};

const wellKnownKeys = Object.keys(DEMO_ACCOUNTS) as DemoAccountKey[];

/**
 * Every group the dev IdP knows: one per unit below each municipality's root (so a group→unit
 * mapping can place anyone who signs in), and an HR group for each HR subtree the demo needs
 * ("SBF HR": HR for Samhällsbyggnadsförvaltningen in Stenungsund).
 */
export const DEV_IDP_GROUPS: readonly DevIdpGroup[] = [
  ...DEMO_MUNICIPALITIES.flatMap((municipality) =>
    unitsOf(municipality.plan.org)
      .slice(1)
      .map((unit) => group(municipality.slug, 'unit', unit.code, unit.name)),
  ),
  ...wellKnownKeys.flatMap((key) => {
    const { hrFor } = WELL_KNOWN_ACCESS[key];
    return hrFor ? [group(DEMO_ACCOUNTS[key].tenantSlug, 'hr', hrFor, `${hrFor} HR`)] : [];
  }),
];

/** The object id of a unit's group (or of its HR group); throws for a group the directory lacks. */
export function devIdpGroupId(tenantSlug: string, unitCode: string, kind: DevIdpGroup['kind'] = 'unit'): string {
  const found = DEV_IDP_GROUPS.find((g) => g.tenantSlug === tenantSlug && g.unitCode === unitCode && g.kind === kind);
  if (!found) throw new Error(`The dev IdP has no ${kind} group for ${unitCode} in ${tenantSlug}`);
  return found.id;
}

/** The `oid` claim of the person with this address: the same on every start, for seed and IdP alike. */
export function devIdpObjectId(email: string): string {
  return uuidV5(`oid:${normalizeEmail(email)}`);
}

/** The demo accounts offered on the sign-in page, one button each. */
export function devIdpAccounts(): DevIdpAccount[] {
  return wellKnownKeys.map((key) => {
    const account = DEMO_ACCOUNTS[key];
    const { roles, hrFor, label } = WELL_KNOWN_ACCESS[key];
    const municipality = municipalityBySlug(account.tenantSlug);
    const unitName = unitsOf(municipality.plan.org).find((u) => u.code === account.unitCode)?.name ?? account.unitCode;
    return identity(municipality, account.email, account.name, {
      roles,
      groups: [
        devIdpGroupId(account.tenantSlug, account.unitCode),
        ...(hrFor ? [devIdpGroupId(account.tenantSlug, hrFor, 'hr')] : []),
      ],
      description: `${capitalize(account.jobRole)}, ${unitName}, ${municipality.name} – ${label}`,
    });
  });
}

/** The address's municipality domain, e.g. `stenungsund.se`; the sign-in page names them. */
export const DEV_IDP_EMAIL_DOMAINS: readonly string[] = DEMO_MUNICIPALITIES.map((m) => m.plan.emailDomain);

/**
 * Anyone with an address at a demo municipality's domain may sign in, as in that municipality's
 * Entra ID. A demo account gets its roles; a person of the seeded staff gets their own name
 * (with å, ä and ö, which the address lacks) and the groups of the units they work in on the
 * demo's "today"; any other address a name made from the address and no groups. Undefined for an
 * address outside the demo's domains.
 */
export function devIdpAccountForEmail(email: string): DevIdpAccount | undefined {
  const address = normalizeEmail(email);
  const at = address.lastIndexOf('@');
  const localPart = address.slice(0, at);
  if (at < 1 || !/^[a-z0-9][a-z0-9._+-]*$/.test(localPart)) return undefined;
  const municipality = DEMO_MUNICIPALITIES.find((m) => m.plan.emailDomain === address.slice(at + 1));
  if (!municipality) return undefined;
  const demoAccount = devIdpAccounts().find((account) => account.email === address);
  if (demoAccount) return demoAccount;
  const staffMember = staffOf(municipality).get(address);
  return identity(municipality, address, staffMember?.name ?? nameFromLocalPart(localPart), {
    roles: [],
    groups: (staffMember?.unitCodes ?? []).map((code) => devIdpGroupId(municipality.slug, code)),
  });
}

function identity(
  municipality: DemoMunicipality,
  email: string,
  name: string,
  access: { roles: string[]; groups: string[]; description?: string },
): DevIdpAccount {
  const address = normalizeEmail(email);
  const tid = (DEV_IDP_TENANT_IDS as Record<string, string>)[municipality.slug];
  if (!tid) throw new Error(`DEV_IDP_TENANT_IDS lacks the demo municipality ${municipality.slug}`);
  return {
    // Entra-like: 43 base64url characters, stable, and deliberately unlike the oid.
    sub: createHash('sha256').update(`larnav-dev-idp:sub:${address}`).digest('base64url'),
    oid: devIdpObjectId(address),
    tid,
    preferred_username: address,
    email: address,
    name,
    ...access,
    tenantSlug: municipality.slug,
  };
}

interface StaffMember {
  name: string;
  unitCodes: string[];
}

const staffCache = new Map<string, Map<string, StaffMember>>();

/** The seeded staff by address, with the units they work in on the demo's fixed "today". */
function staffOf(municipality: DemoMunicipality): Map<string, StaffMember> {
  const cached = staffCache.get(municipality.slug);
  if (cached) return cached;
  const { people, events } = planTurnover(municipality.plan);
  const posts = new Map<number, { unitCode: string; endDate?: string }[]>();
  for (const event of events) {
    const running = posts.get(event.person) ?? [];
    switch (event.kind) {
      case 'hire':
      case 'rehire':
        posts.set(event.person, [...running, { unitCode: event.unitCode }]);
        break;
      case 'second-post':
        posts.set(event.person, [...running, { unitCode: event.unitCode, endDate: event.endDate }]);
        break;
      case 'transfer':
        // Only people in a single post are ever transferred.
        posts.set(event.person, [{ unitCode: event.toUnitCode }]);
        break;
      case 'leave':
        posts.set(event.person, []);
        break;
    }
  }
  const staff = new Map<string, StaffMember>();
  people.forEach((person, index) => {
    const current = (posts.get(index) ?? []).filter((post) => !post.endDate || post.endDate >= DEMO_HISTORY.to);
    staff.set(person.email, { name: person.name, unitCodes: [...new Set(current.map((post) => post.unitCode))] });
  });
  staffCache.set(municipality.slug, staff);
  return staff;
}

function municipalityBySlug(slug: string): DemoMunicipality {
  const municipality = DEMO_MUNICIPALITIES.find((m) => m.slug === slug);
  if (!municipality) throw new Error(`No demo municipality ${slug}`);
  return municipality;
}

function group(tenantSlug: string, kind: DevIdpGroup['kind'], unitCode: string, displayName: string): DevIdpGroup {
  return { id: uuidV5(`group:${tenantSlug}:${kind}:${unitCode}`), displayName, tenantSlug, kind, unitCode };
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `anna-lena.karlsson2` → `Anna-Lena Karlsson`. */
function nameFromLocalPart(localPart: string): string {
  return localPart
    .replace(/\d+$/, '')
    .split(/[._+]+/)
    .filter(Boolean)
    .map((part) => part.split('-').map(capitalize).join('-'))
    .join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** RFC 9562 UUID version 5 (SHA-1, name-based) in the fixed namespace. */
function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
