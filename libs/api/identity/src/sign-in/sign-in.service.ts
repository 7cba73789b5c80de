import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { EmploymentService, Person } from '@larnav/api/org';
import { calendarDateAt, GRANTABLE_ROLES, ProblemCode, Role } from '@larnav/contracts';
import { ClaimMapping, RoleGrant } from '../entities';
import { claimMatches, IdentityClaims } from './identity-claims';

export interface SignInPolicy {
  idpTenantId: string | null;
  emailDomains: string[];
  roleClaims: Partial<Record<Role, string[]>>;
}

export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

const DEFAULT_JOB_ROLE = 'medarbetare';

/** A sign-in the service refused and already wrote to the audit log. */
export class SignInRefused extends Error {}

/**
 * Turns a verified identity from the IdP into a Lärnav person: linked by the IdP's id, else by
 * an email address in a domain the municipality owns, else created just in time and placed by
 * the claim mappings. Roles from the IdP are rewritten at every sign-in.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly db: TenantDb,
    private readonly employments: EmploymentService,
    private readonly audit: AuditLog,
  ) {}

  async signIn(claims: IdentityClaims, policy: SignInPolicy, method: string, origin: Origin): Promise<Person> {
    try {
      return await this.db.transaction(async (em) => {
        this.checkDirectory(claims, policy);
        const person = await this.findOrCreate(em, claims, policy);
        if (!person.active) throw refused('The account is deactivated.');
        await this.syncIdpRoles(em, person.id, claims, policy);
        await this.audit.record({
          action: 'sign-in',
          actor: { personId: person.id, tokenId: null },
          origin,
          details: { method },
        });
        return person;
      });
    } catch (error) {
      await this.recordFailure(method, (error as Error).message, origin, claims.subject);
      throw new SignInRefused((error as Error).message, { cause: error });
    }
  }

  /** For failures before an identity is known (a bad token, a bad signature, a replayed state). */
  async recordFailure(method: string, reason: string, origin: Origin, subject?: string): Promise<void> {
    await this.audit.record({
      action: 'sign-in-failed',
      origin,
      details: { method, reason, ...(subject ? { subject } : {}) },
    });
  }

  private checkDirectory(claims: IdentityClaims, policy: SignInPolicy): void {
    if (!claims.subject) throw refused('The identity provider sent no subject.');
    if (policy.idpTenantId && claims.directoryId !== policy.idpTenantId) {
      throw refused('The account belongs to another organisation than this municipality.');
    }
  }

  private async findOrCreate(em: EntityManager, claims: IdentityClaims, policy: SignInPolicy): Promise<Person> {
    const email = claims.email?.trim().toLowerCase() ?? null;
    let person = await em.findOneBy(Person, { externalId: claims.subject });
    if (!person && email && ownsDomain(policy, email)) {
      person = await em.findOneBy(Person, { email });
      if (person?.externalId && person.externalId !== claims.subject) person = null;
    }
    if (!person) return this.createJustInTime(em, claims, email);
    person.externalId = claims.subject;
    if (claims.name) person.name = claims.name;
    if (email && email !== person.email && !(await em.existsBy(Person, { email }))) person.email = email;
    return em.save(person);
  }

  private async createJustInTime(em: EntityManager, claims: IdentityClaims, email: string | null): Promise<Person> {
    if (!email) throw refused('The identity provider sent no email address.');
    const mappings = await em.find(ClaimMapping, { where: { effect: 'unit' }, order: { createdAt: 'ASC' } });
    const placement = mappings.find((m) => claimMatches(claims, m.claim, m.value));
    if (!placement) {
      return em.save(
        em.create(Person, {
          tenantId: this.db.tenantId(),
          email,
          name: claims.name ?? email,
          externalId: claims.subject,
        }),
      );
    }
    const { person } = await this.employments.hire({
      name: claims.name ?? email,
      email,
      externalId: claims.subject,
      employment: {
        orgUnitId: placement.orgUnitId,
        jobRole: placement.jobRole ?? DEFAULT_JOB_ROLE,
        startDate: calendarDateAt(new Date()),
      },
    });
    return person;
  }

  private async syncIdpRoles(em: EntityManager, personId: string, claims: IdentityClaims, policy: SignInPolicy) {
    await em.delete(RoleGrant, { personId, source: 'idp' });
    const grants: Partial<RoleGrant>[] = [];
    for (const role of GRANTABLE_ROLES) {
      if ((policy.roleClaims[role] ?? []).some((value) => claims.roles.includes(value))) {
        // An HR role from the IdP without a subtree covers nothing until a group mapping gives one.
        if (role !== Role.Hr) grants.push({ role, orgUnitId: null });
      }
    }
    const scopes = await em.find(ClaimMapping, { where: { effect: 'hr-scope' } });
    for (const scope of scopes.filter((m) => claimMatches(claims, m.claim, m.value))) {
      grants.push({ role: Role.Hr, orgUnitId: scope.orgUnitId });
    }
    if (grants.length === 0) return;
    await em.insert(
      RoleGrant,
      grants.map((g) => ({ ...g, tenantId: this.db.tenantId(), personId, source: 'idp' as const, grantedBy: null })),
    );
  }
}

function ownsDomain(policy: SignInPolicy, email: string): boolean {
  const domain = email.split('@')[1];
  return !!domain && policy.emailDomains.map((d) => d.toLowerCase()).includes(domain);
}

function refused(reason: string): DomainError {
  return new DomainError(HttpStatus.FORBIDDEN, ProblemCode.SignInFailed, reason);
}
