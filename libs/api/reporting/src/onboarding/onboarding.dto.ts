import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, ReportedModule, ReportScopeQuery } from '../coverage/coverage.dto';

export class OnboardingQuery extends ReportScopeQuery {
  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'First day of the period (inclusive).' })
  @IsCalendarDate('from')
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Last day of the period (inclusive).' })
  @IsCalendarDate('to')
  to!: string;
}

export class ModuleOnboarding {
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ description: 'New starters required to take the module from their first day.' }) required!: number;
  @ApiProperty({ description: 'Completed on or before the due date.' }) inTime!: number;
  @ApiProperty({ description: 'Completed, but after the due date.' }) late!: number;
  @ApiProperty({ description: 'Not completed, due date passed.' }) missed!: number;
  @ApiProperty({ description: 'Not completed, due date not yet passed: outside the percentage.' }) open!: number;
  @ApiProperty({ description: 'Exempt during the due window: outside the percentage.' }) exempt!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'inTime / (inTime + late + missed) × 100, one decimal; null when no window has closed.',
  })
  percentage!: number | null;
}

export class OnboardingNode {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty() depth!: number;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ description: 'People who started in the period in this subtree.' }) hires!: number;
  @ApiProperty({ type: [ModuleOnboarding] }) modules!: ModuleOnboarding[];
}

export class OnboardingResponse {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date', description: 'The day open windows were judged on (today).' }) judgedOn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId!: string | null;
  @ApiProperty({ type: [ReportedModule] }) modules!: ReportedModule[];
  @ApiProperty({ type: [OnboardingNode], description: 'Units where someone started, depth first.' })
  nodes!: OnboardingNode[];
}
