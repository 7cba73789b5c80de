import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class SetUnitManagerDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The person who becomes the unit's chef (enhetschef); null removes the chef.",
  })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'personId must be the id (a UUID) of a person, or null' })
  personId!: string | null;
}

export class UnitManagerPerson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class UnitManagerResponse {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: UnitManagerPerson, nullable: true, description: 'Null when the unit has no chef.' })
  manager!: UnitManagerPerson | null;
}
