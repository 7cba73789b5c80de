import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, orgScope, OrgScope, RequirePermission, resolveAt } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { EmploymentInput, HirePersonDto, LeaveDto, PersonResponse, TransferDto } from './dto/employment.dto';
import { EmploymentService } from './employment.service';
import { PeopleSearchQuery, PeopleSearchResponse } from './dto/people-search.dto';
import { PeopleQueries } from './people.queries';
import { PeopleSearchQueries } from './people-search.queries';

const Id = new ParseUUIDPipe();
/** Whoever may manage people sees the whole municipality. */
const WHOLE: OrgScope = { kind: 'tenant' };

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly employments: EmploymentService,
    private readonly people: PeopleQueries,
    private readonly search: PeopleSearchQueries,
  ) {}

  @Get()
  @RequirePermission(Permission.PeopleRead)
  @ApiOperation({
    summary: 'Find people by name, email, employee number or unit, within your part of the organisation',
  })
  @ApiOkResponse({ type: PeopleSearchResponse })
  find(@Query() query: PeopleSearchQuery, @CurrentActor() actor: Actor): Promise<PeopleSearchResponse> {
    const page = { limit: query.limit ?? 25, offset: query.offset ?? 0 };
    return this.search.search(query.q, resolveAt(undefined), page, orgScope(actor, Permission.PeopleRead));
  }

  @Post()
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'Hire a new person into a unit' })
  @ApiCreatedResponse({ type: PersonResponse })
  async hire(@Body() body: HirePersonDto): Promise<PersonResponse> {
    const { person } = await this.employments.hire(body);
    return this.people.history(person.id, WHOLE);
  }

  @Get(':id')
  @RequirePermission(Permission.PeopleRead)
  @ApiOperation({ summary: 'A person and their employment history' })
  @ApiOkResponse({ type: PersonResponse })
  history(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<PersonResponse> {
    return this.people.history(id, orgScope(actor, Permission.PeopleRead));
  }

  @Post(':id/employments')
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'Add an employment: a second post, or a rehire' })
  @ApiCreatedResponse({ type: PersonResponse })
  async addEmployment(@Param('id', Id) id: string, @Body() body: EmploymentInput): Promise<PersonResponse> {
    await this.employments.addEmployment(id, body);
    return this.people.history(id, WHOLE);
  }

  @Post(':id/transfer')
  @RequirePermission(Permission.PeopleManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Transfer to another unit from a date' })
  @ApiOkResponse({ type: PersonResponse })
  async transfer(@Param('id', Id) id: string, @Body() body: TransferDto): Promise<PersonResponse> {
    await this.employments.transfer(id, body);
    return this.people.history(id, WHOLE);
  }

  @Post(':id/leave')
  @RequirePermission(Permission.PeopleManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'End employment on a last day' })
  @ApiOkResponse({ type: PersonResponse })
  async leave(@Param('id', Id) id: string, @Body() body: LeaveDto): Promise<PersonResponse> {
    await this.employments.leave(id, body);
    return this.people.history(id, WHOLE);
  }
}
