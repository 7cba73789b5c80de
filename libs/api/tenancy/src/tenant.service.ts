import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Tenant } from './entities/tenant.entity';

const HOSTNAME_CACHE_MS = 30_000;
const HOSTNAME_CACHE_SIZE = 1_000;

/**
 * The registry of municipalities served by this installation. It is read before any tenant is
 * known (to find the tenant of a request), so it is the one table outside row-level security.
 */
@Injectable()
export class TenantService {
  /**
   * Every request asks which municipality an address belongs to, and the answer almost never
   * changes: each replica keeps it for a short while. A new or changed address takes effect
   * within HOSTNAME_CACHE_MS on every replica.
   */
  private readonly byHostname = new Map<string, { tenant: Tenant | null; until: number }>();

  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {}

  async findByHostname(hostname: string): Promise<Tenant | null> {
    const key = hostname.toLowerCase();
    const cached = this.byHostname.get(key);
    if (cached && cached.until > Date.now()) return cached.tenant;
    const tenant = await this.tenants
      .createQueryBuilder('tenant')
      .where(':hostname = ANY(tenant.hostnames)', { hostname: key })
      .getOne();
    // Bounded: unknown addresses (scanners) must not grow the map without limit.
    if (this.byHostname.size >= HOSTNAME_CACHE_SIZE) this.byHostname.clear();
    this.byHostname.set(key, { tenant, until: Date.now() + HOSTNAME_CACHE_MS });
    return tenant;
  }

  findById(id: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ id });
  }

  /** Every municipality served, for jobs that fan out to each (reminders, the mail sweep). */
  all(): Promise<Tenant[]> {
    return this.tenants.find({ order: { slug: 'ASC' } });
  }

  findBySlug(slug: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ slug });
  }

  create(input: { slug: string; name: string; hostnames: string[] }): Promise<Tenant> {
    this.byHostname.clear();
    return this.tenants.save(this.tenants.create({ ...input, hostnames: input.hostnames.map((h) => h.toLowerCase()) }));
  }
}
