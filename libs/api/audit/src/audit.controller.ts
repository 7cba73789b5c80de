import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { AuditLog } from './audit-log.service';

class AuditQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only events before this instant (paging back).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  before?: Date;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorPersonId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorTokenId!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'The audit log, newest first' })
  @ApiOkResponse({ type: [AuditEventResponse] })
  async list(@Query() query: AuditQuery): Promise<AuditEventResponse[]> {
    const events = await this.audit.list(query.limit ?? 100, query.before);
    return events.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() }));
  }
}
