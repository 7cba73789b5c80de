import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { EndRuleDto, RuleInput, RuleListResponse, RulePreviewResponse, RuleResponse } from '../dto/rule.dto';
import { RulesService } from './rules.service';

const Id = new ParseUUIDPipe();

@ApiTags('compliance')
@Controller('compliance/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @RequirePermission(Permission.ComplianceManage)
  @ApiOperation({ summary: 'The assignment rules, newest first' })
  @ApiOkResponse({ type: RuleListResponse })
  async list(): Promise<RuleListResponse> {
    return { rules: await this.rules.list() };
  }

  @Post()
  @RequirePermission(Permission.ComplianceManage)
  @ApiOperation({ summary: 'Make a rule: it applies at once to everyone it targets, staff already in place too' })
  @ApiCreatedResponse({ type: RuleResponse })
  create(@Body() body: RuleInput, @CurrentActor() actor: Actor): Promise<RuleResponse> {
    return this.rules.create(body, actor);
  }

  @Post('preview')
  @HttpCode(200)
  @RequirePermission(Permission.ComplianceManage)
  @ApiOperation({ summary: 'What a rule would do today: how many it requires the module of, how many have done it' })
  @ApiOkResponse({ type: RulePreviewResponse })
  preview(@Body() body: RuleInput, @CurrentActor() actor: Actor): Promise<RulePreviewResponse> {
    return this.rules.preview(body, actor);
  }

  @Post(':id/end')
  @HttpCode(200)
  @RequirePermission(Permission.ComplianceManage)
  @ApiOperation({ summary: 'End a rule on a last day; what it required until then stays in the history' })
  @ApiOkResponse({ type: RuleResponse })
  end(@Param('id', Id) id: string, @Body() body: EndRuleDto, @CurrentActor() actor: Actor): Promise<RuleResponse> {
    return this.rules.end(id, body, actor);
  }
}
