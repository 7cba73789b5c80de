import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { calendarDateAt, isValidCalendarDate } from '@larnav/contracts';

/** `?at=` on every "as it was" query: a calendar date, or an instant, or nothing for now. */
export class AtQuery {
  @ApiPropertyOptional({
    description: 'A date (YYYY-MM-DD, Europe/Stockholm) or an ISO 8601 instant; default now.',
    example: '2025-06-01',
  })
  @IsOptional()
  @ValidateBy(
    {
      name: 'isDateOrInstant',
      validator: { validate: (value: unknown) => typeof value === 'string' && parseAt(value) !== null },
    },
    { message: 'at must be a date (YYYY-MM-DD) or an ISO 8601 date and time' },
  )
  at?: string;
}

/** The calendar date in Europe/Stockholm that an `at` value means. */
export function resolveAt(at: string | undefined, now: Date = new Date()): string {
  return at === undefined ? calendarDateAt(now) : (parseAt(at) ?? calendarDateAt(now));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseAt(value: string): string | null {
  if (isValidCalendarDate(value)) return value;
  if (!INSTANT.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : calendarDateAt(instant);
}
