import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { RegionalComparisonResponse, RegionalSharingResponse, SetRegionalSharingDto } from './regional.dto';
import { RegionalService } from './regional.service';

@ApiTags('regional')
@Controller('regional')
export class RegionalController {
  constructor(private readonly regional: RegionalService) {}

  @Get('coverage')
  @RequirePermission(Permission.RegionalRead)
  @ApiOperation({
    summary:
      "Each sharing municipality's coverage of the region's shared modules, side by side: counts only, no group under 5",
  })
  @ApiOkResponse({ type: RegionalComparisonResponse })
  comparison(): Promise<RegionalComparisonResponse> {
    return this.regional.comparison();
  }

  @Get('sharing')
  @RequirePermission(Permission.RegionalShare)
  @ApiOperation({ summary: "Whether this municipality's coverage of shared modules is shown to the region" })
  @ApiOkResponse({ type: RegionalSharingResponse })
  sharing(): Promise<RegionalSharingResponse> {
    return this.regional.sharing();
  }

  @Put('sharing')
  @RequirePermission(Permission.RegionalShare)
  @ApiOperation({ summary: 'Start or stop showing this municipality’s coverage of shared modules to the region' })
  @ApiOkResponse({ type: RegionalSharingResponse })
  setSharing(@Body() body: SetRegionalSharingDto, @CurrentActor() actor: Actor): Promise<RegionalSharingResponse> {
    return this.regional.setSharing(body.shares, actor);
  }
}
