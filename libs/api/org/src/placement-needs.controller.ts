import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { PlacementService } from './placement.service';

export class PlacementNeedResponse {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'The department as the identity system wrote it.' }) department!: string;
  @ApiProperty({ format: 'date-time' }) reportedAt!: string;
}

/** People the identity system put in a department no unit matches, for an admin to place. */
@ApiTags('people')
@Controller('admin/needs-placement')
export class PlacementNeedsController {
  constructor(private readonly placement: PlacementService) {}

  @Get()
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'People waiting to be placed in an org unit' })
  @ApiOkResponse({ type: [PlacementNeedResponse] })
  list(): Promise<PlacementNeedResponse[]> {
    return this.placement.openNeeds();
  }
}
