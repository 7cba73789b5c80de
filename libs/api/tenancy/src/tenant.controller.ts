import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@larnav/api/common';
import { NoTenantError, TenantDb } from '@larnav/api/db';
import { TenantResponse } from './dto/tenant.response';
import { TenantService } from './tenant.service';

@ApiTags('tenant')
@Controller('tenant')
export class TenantController {
  constructor(
    private readonly tenants: TenantService,
    private readonly db: TenantDb,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The municipality served at this address' })
  @ApiOkResponse({ type: TenantResponse })
  async current(): Promise<TenantResponse> {
    const tenant = await this.tenants.findById(this.db.tenantId());
    if (!tenant) throw new NoTenantError();
    return { id: tenant.id, slug: tenant.slug, name: tenant.name };
  }
}
