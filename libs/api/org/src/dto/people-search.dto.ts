import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PageLimit, PageOffset } from '@larnav/api/common';

export class PeopleSearchQuery {
  @ApiProperty({
    description: 'Part of a name, an email address, an employee number, or a unit name or code; at least 2 characters.',
    example: 'karlsson',
    minLength: 2,
    maxLength: 100,
  })
  @IsString()
  @MinLength(2, { message: 'q must be at least 2 characters: type more of the name, email or number' })
  @MaxLength(100)
  q!: string;

  @PageLimit({ max: 100, fallback: 25 })
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class PersonUnitResponse {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty() jobRole!: string;
}

export class PersonHitResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) employeeNumber!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [PersonUnitResponse], description: "Today's employments; empty for a leaver." })
  units!: PersonUnitResponse[];
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Last day of the latest employment, for a leaver.',
  })
  leftOn!: string | null;
}

export class PeopleSearchResponse {
  @ApiProperty({ description: 'Matches within your part of the organisation, before paging.' }) total!: number;
  @ApiProperty({ type: [PersonHitResponse] }) people!: PersonHitResponse[];
}
