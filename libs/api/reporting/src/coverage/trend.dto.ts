import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ModuleCoverage, ReportedModule, ReportScopeQuery } from './coverage.dto';

export class TrendQuery extends ReportScopeQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 60,
    default: 24,
    description: 'How many months back, this one included.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  months?: number;
}

export class TrendPoint {
  @ApiProperty({ format: 'date', description: "A month's last day; today for the current month." }) asOf!: string;
  @ApiProperty({ type: [ModuleCoverage] }) modules!: ModuleCoverage[];
}

export class TrendResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId!: string | null;
  @ApiProperty({ type: [ReportedModule] }) modules!: ReportedModule[];
  @ApiProperty({ type: [TrendPoint], description: 'Oldest first: the whole subtree, as it was at each month end.' })
  points!: TrendPoint[];
}
