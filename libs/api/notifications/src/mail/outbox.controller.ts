import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DomainError, RequirePermission } from '@larnav/api/common';
import { Permission, ProblemCode } from '@larnav/contracts';
import { MAIL_KINDS } from '../entities';
import { OutboxQueries } from './outbox.queries';

class OutboxQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only mails written before this instant (paging back).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  before?: Date;
}

const STATUSES = ['queued', 'sent', 'failed', 'held'];
const KINDS = MAIL_KINDS;

export class OutboxMailResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ enum: STATUSES, description: '`held`: no SMTP server is configured; kept here only.' })
  status!: string;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt!: string | null;
}

export class OutboxMailDetailResponse extends OutboxMailResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'The HTML body as sent; show it sandboxed, never as the page’s own markup.' })
  html!: string;
}

const Id = new ParseUUIDPipe();

@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxQueries) {}

  @Get()
  @RequirePermission(Permission.OutboxRead)
  @ApiOperation({ summary: 'The outbox: every mail written, newest first' })
  @ApiOkResponse({ type: [OutboxMailResponse] })
  list(@Query() query: OutboxQuery): Promise<OutboxMailResponse[]> {
    return this.outbox.list(query.limit ?? 100, query.before);
  }

  @Get(':id')
  @RequirePermission(Permission.OutboxRead)
  @ApiOperation({ summary: 'One mail with its bodies' })
  @ApiOkResponse({ type: OutboxMailDetailResponse })
  async get(@Param('id', Id) id: string): Promise<OutboxMailDetailResponse> {
    const mail = await this.outbox.get(id);
    if (!mail) throw DomainError.notFound(ProblemCode.NotFound, `No mail with id ${id}.`);
    return mail;
  }
}
