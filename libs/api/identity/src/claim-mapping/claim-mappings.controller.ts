import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, RequirePermission } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { OrgUnitService } from '@larnav/api/org';
import { Permission, ProblemCode } from '@larnav/contracts';
import { ClaimMappingResponse, CreateClaimMappingDto } from '../dto/admin.dto';
import { ClaimMapping } from '../entities';

/** Which IdP claims place people in units, or make them HR for a subtree. */
@ApiTags('admin')
@Controller('admin/claim-mappings')
export class ClaimMappingsController {
  constructor(
    private readonly db: TenantDb,
    private readonly units: OrgUnitService,
  ) {}

  @Get()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'Every claim mapping' })
  @ApiOkResponse({ type: [ClaimMappingResponse] })
  list(): Promise<ClaimMappingResponse[]> {
    return this.db.transaction((em) =>
      em.query(
        `SELECT m.id, m.claim, m.value, m.effect, m.org_unit_id AS "orgUnitId", u.name AS "orgUnitName", m.job_role AS "jobRole"
           FROM claim_mapping m JOIN org_unit u ON u.id = m.org_unit_id ORDER BY m.effect, u.name, m.value`,
      ),
    );
  }

  @Post()
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'Map a claim value to a unit or an HR subtree' })
  @ApiCreatedResponse({ type: ClaimMappingResponse })
  create(@Body() body: CreateClaimMappingDto): Promise<ClaimMappingResponse> {
    return this.db.transaction(async (em) => {
      const unit = await this.units.activeUnit(em, body.orgUnitId);
      const saved = await em.save(
        em.create(ClaimMapping, { ...body, jobRole: body.jobRole ?? null, tenantId: this.db.tenantId() }),
      );
      return {
        id: saved.id,
        claim: saved.claim,
        value: saved.value,
        effect: saved.effect,
        orgUnitId: unit.id,
        orgUnitName: unit.name,
        jobRole: saved.jobRole,
      };
    });
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.SignInManage)
  @ApiOperation({ summary: 'Remove a claim mapping' })
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const result = await em.delete(ClaimMapping, { id });
      if (!result.affected)
        throw DomainError.notFound(ProblemCode.ClaimMappingNotFound, `No claim mapping with id ${id}.`);
    });
  }
}
