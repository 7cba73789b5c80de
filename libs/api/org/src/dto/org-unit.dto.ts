import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnitManagerPerson } from '../team/unit-manager.dto';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const CODE_PATTERN = /^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö_.-]*$/;
const CODE_MESSAGE = 'code may hold letters, digits, "-", "_" and "." and must start with a letter or digit';

export class CreateOrgUnitDto {
  @ApiProperty({ format: 'uuid', description: 'The unit to place the new one under.' })
  @IsUUID()
  parentId!: string;

  @ApiProperty({ example: 'Bygglov', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'SBF-BYGG', maxLength: 50 })
  @IsString()
  @MaxLength(50)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

export class UpdateOrgUnitDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;
}

export class MoveOrgUnitDto {
  @ApiProperty({ format: 'uuid', description: 'The new parent; the whole subtree moves along.' })
  @IsUUID()
  parentId!: string;
}

export class OrgUnitResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Depth in the tree; the municipality itself is 0.' }) depth!: number;
  @ApiProperty() archived!: boolean;
}

export class OrgUnitWithHeadCountResponse extends OrgUnitResponse {
  @ApiProperty({ format: 'date' }) at!: string;
  @ApiProperty({ type: UnitManagerPerson, nullable: true, description: "The unit's chef, set by an admin." })
  manager!: UnitManagerPerson | null;
  @ApiProperty({ description: 'Distinct people employed in the subtree on that date.' }) headCount!: number;
}

export class OrgTreeNode extends OrgUnitResponse {
  @ApiProperty({ description: 'Distinct people employed in the subtree on that date.' }) headCount!: number;
  @ApiProperty({ description: 'Distinct people employed in this unit itself on that date.' })
  directHeadCount!: number;
}

export class OrgTreeResponse {
  @ApiProperty({ format: 'date', description: 'The calendar date (Europe/Stockholm) the counts are for.' })
  at!: string;

  @ApiProperty({ type: [OrgTreeNode], description: 'Depth-first, siblings by name.' })
  units!: OrgTreeNode[];
}
