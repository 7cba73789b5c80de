import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CoverageCounts } from '../coverage/coverage.dto';

/** The smallest group the comparison shows: fewer could point at a person. */
export const MINIMUM_GROUP = 5;

export class MunicipalityCoverage extends CoverageCounts {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ description: "The municipality's name." }) name!: string;
  @ApiProperty({ format: 'date', description: 'The day the numbers are as of.' }) asOf!: string;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
}

export class SharedModuleComparison {
  @ApiProperty({ format: 'uuid', description: "The shared module (the region's original)." }) moduleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) titleEn!: string | null;
  @ApiProperty({ type: [MunicipalityCoverage], description: 'Highest coverage first.' })
  municipalities!: MunicipalityCoverage[];
}

export class RegionalComparisonResponse {
  @ApiProperty({
    description: 'Groups smaller than this (people counted, exempt not included) are never shown.',
    example: MINIMUM_GROUP,
  })
  minimumGroup!: number;
  @ApiProperty({ description: 'Whether your own municipality shares its numbers with the region.' })
  ownMunicipalityShares!: boolean;
  @ApiProperty({ type: [SharedModuleComparison] }) modules!: SharedModuleComparison[];
}

export class RegionalSharingResponse {
  @ApiProperty({ description: "Whether this municipality's coverage of shared modules is shown to the region." })
  shares!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) since!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the shared numbers were last worked out; null while waiting for the first time.',
  })
  computedAt!: string | null;
}

export class SetRegionalSharingDto {
  @ApiProperty({ description: 'true: show our coverage of shared modules to the region; false: stop and remove it.' })
  @IsBoolean({ message: 'shares must be true or false' })
  shares!: boolean;
}
