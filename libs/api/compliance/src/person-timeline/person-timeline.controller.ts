import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, orgScope, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { PersonTimelineResponse } from './person-timeline.dto';
import { PersonTimelineQueries } from './person-timeline.queries';

const Id = new ParseUUIDPipe();

@ApiTags('compliance')
@Controller('compliance/people')
export class PersonTimelineController {
  constructor(private readonly timelines: PersonTimelineQueries) {}

  @Get(':id/timeline')
  @RequirePermission(Permission.PeopleRead)
  @ApiOperation({
    summary:
      "A person's employments, requirements, completions and exemptions (HR: people who worked in their subtrees)",
  })
  @ApiOkResponse({ type: PersonTimelineResponse })
  timeline(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<PersonTimelineResponse> {
    return this.timelines.of(id, orgScope(actor, Permission.PeopleRead));
  }
}
