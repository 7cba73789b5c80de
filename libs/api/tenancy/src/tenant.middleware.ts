import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runAsTenant } from '@larnav/api/db';
import { TenantService } from './tenant.service';

/**
 * Finds the municipality by the address the request came to (its own Lärnav address) and runs
 * the rest of the request on its behalf. Where no municipality matches, nothing is in scope and
 * any tenant query answers 404 `unknown_tenant`.
 */
@Injectable()
export class TenantMiddleware implements NestMiddleware {
  constructor(private readonly tenants: TenantService) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    try {
      const tenant = await this.tenants.findByHostname(request.hostname);
      if (tenant) runAsTenant(tenant.id, next);
      else next();
    } catch (error) {
      next(error);
    }
  }
}
