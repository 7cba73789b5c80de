import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CalendarDateField, OptionalCalendarDateField } from '@larnav/api/common';

export class EmploymentInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: 'bygglovshandläggare', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobRole!: string;

  @CalendarDateField('First day of the employment.')
  startDate!: string;

  @OptionalCalendarDateField('Last day of the employment, inclusive; omit while it runs.')
  endDate?: string;
}

export class HirePersonDto {
  @ApiProperty({ example: 'Anna Karlsson', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'anna.karlsson@stenungsund.se' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiPropertyOptional({ description: 'The identity system id (Entra ID object id).', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId?: string;

  @ApiProperty({ type: EmploymentInput })
  @ValidateNested()
  @Type(() => EmploymentInput)
  employment!: EmploymentInput;
}

export class TransferDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The employment that moves; needed only when the person holds several on that date.',
  })
  @IsOptional()
  @IsUUID()
  employmentId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toOrgUnitId!: string;

  @ApiPropertyOptional({ description: 'The role in the new unit; default the current one.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobRole?: string;

  @CalendarDateField('First day in the new unit; the old employment ends the day before.')
  date!: string;
}

export class LeaveDto {
  @CalendarDateField('Last day employed.')
  lastDay!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'End only this employment; default all that run on that day.' })
  @IsOptional()
  @IsUUID()
  employmentId?: string;
}

export class EmploymentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty() jobRole!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endDate!: string | null;
}

export class PersonResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [EmploymentResponse], description: 'Every employment, oldest first.' })
  employments!: EmploymentResponse[];
}

export class UnitPersonResponse {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'uuid' }) employmentId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty() jobRole!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endDate!: string | null;
}

export class UnitPeopleResponse {
  @ApiProperty({ format: 'date' }) at!: string;
  @ApiProperty({ description: 'Employments in the subtree on that date, before paging.' }) total!: number;
  @ApiProperty({ type: [UnitPersonResponse] }) people!: UnitPersonResponse[];
}
