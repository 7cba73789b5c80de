import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Tenant } from './entities/tenant.entity';

/**
 * The registry of municipalities served by this installation. It is read before any tenant is
 * known (to find the tenant of a request), so it is the one table outside row-level security.
 */
@Injectable()
export class TenantService {
  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {}

  findByHostname(hostname: string): Promise<Tenant | null> {
    return this.tenants
      .createQueryBuilder('tenant')
      .where(':hostname = ANY(tenant.hostnames)', { hostname: hostname.toLowerCase() })
      .getOne();
  }

  findById(id: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ slug });
  }

  create(input: { slug: string; name: string; hostnames: string[] }): Promise<Tenant> {
    return this.tenants.save(
      this.tenants.create({ ...input, hostnames: input.hostnames.map((h) => h.toLowerCase()) }),
    );
  }
}
