import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Actor, CurrentActor, SignedIn } from '@larnav/api/common';
import { MyDataExport } from './my-data';
import { MyTrainingResponse } from './my-training.dto';
import { MyTrainingQueries } from './my-training.queries';

class MyTrainingQuery {
  @ApiPropertyOptional({ description: 'Search the catalogue by title or tag.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

@ApiTags('learning')
@Controller('learning')
@SignedIn()
export class MyTrainingController {
  constructor(
    private readonly training: MyTrainingQueries,
    private readonly myData: MyDataExport,
  ) {}

  @Get('my-training')
  @ApiOperation({
    summary: 'My training: what is required of me and when, what I started, what I completed, and the catalogue',
  })
  @ApiOkResponse({ type: MyTrainingResponse })
  mine(@Query() query: MyTrainingQuery, @CurrentActor() actor: Actor): Promise<MyTrainingResponse> {
    return this.training.of(actor, query.q);
  }

  @Get('my-data')
  @ApiOperation({ summary: 'Everything Lärnav holds about my learning, as a JSON download' })
  @ApiOkResponse({ description: 'A JSON document.' })
  async data(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const data = await this.myData.of(actor);
    response.setHeader('Content-Disposition', 'attachment; filename="larnav-mina-uppgifter.json"');
    response.setHeader('Cache-Control', 'private, no-store');
    response.type('application/json').send(JSON.stringify(data, null, 2));
  }
}
