import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Actor, CalendarDateField, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { ExemptionsService } from './exemptions.service';

const Id = new ParseUUIDPipe();

export class ExemptDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId!: string;

  @ApiProperty({ example: 'Föräldraledig', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;

  @CalendarDateField('First day of the exemption.')
  validFrom!: string;

  @CalendarDateField('Last day of the exemption; it always ends, and the requirement comes back.')
  validTo!: string;
}

export class EndExemptionDto {
  @CalendarDateField('The last day it applies.')
  lastDay!: string;
}

export class ExemptionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date' }) validTo!: string;
}

@ApiTags('compliance')
@Controller('compliance/exemptions')
export class ExemptionsController {
  constructor(private readonly exemptions: ExemptionsService) {}

  @Post()
  @RequirePermission(Permission.ComplianceExempt)
  @ApiOperation({ summary: 'Exempt a person from a requirement for a while, with a reason (HR: in their subtrees)' })
  @ApiCreatedResponse({ type: ExemptionResponse })
  exempt(@Body() body: ExemptDto, @CurrentActor() actor: Actor): Promise<ExemptionResponse> {
    return this.exemptions.exempt(body, actor);
  }

  @Post(':id/end')
  @HttpCode(200)
  @RequirePermission(Permission.ComplianceExempt)
  @ApiOperation({ summary: 'End an exemption early; the requirement applies again from the next day' })
  @ApiOkResponse({ type: ExemptionResponse })
  end(
    @Param('id', Id) id: string,
    @Body() body: EndExemptionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExemptionResponse> {
    return this.exemptions.end(id, body.lastDay, actor);
  }
}
