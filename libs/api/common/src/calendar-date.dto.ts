import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '@larnav/contracts';
import { IsCalendarDate } from './is-calendar-date';

/** A required calendar date field (`YYYY-MM-DD`, Europe/Stockholm). */
export function CalendarDateField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2026-01-15', description }),
    Matches(CALENDAR_DATE_PATTERN, { message: '$property must be a date written YYYY-MM-DD' }),
    IsCalendarDate(),
  );
}

export function OptionalCalendarDateField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', nullable: true, description }),
    IsOptional(),
    Matches(CALENDAR_DATE_PATTERN, { message: '$property must be a date written YYYY-MM-DD' }),
    IsCalendarDate(),
  );
}
