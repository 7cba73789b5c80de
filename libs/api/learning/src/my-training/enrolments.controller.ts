import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { Actor, CurrentActor, OptionalCalendarDateField, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { EnrolmentsService } from './enrolments.service';

export class EnrolDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  personIds!: string[];

  @OptionalCalendarDateField('Due date, a Stockholm calendar date; omit for none.')
  dueDate?: string;
}

export class EnrolledResponse {
  @ApiProperty() enrolled!: number;
}

/** Until the assignment rules (workforce issue): a trainer or admin requires a module of named people. */
@ApiTags('learning')
@Controller('learning/enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission(Permission.LearningEnrol)
  @ApiOperation({ summary: 'Require a module of people, with a due date; enrolling again updates the date' })
  @ApiOkResponse({ type: EnrolledResponse })
  async enrol(@Body() body: EnrolDto, @CurrentActor() actor: Actor): Promise<EnrolledResponse> {
    return { enrolled: await this.enrolments.enrol(body.moduleId, body.personIds, body.dueDate ?? null, actor) };
  }
}
