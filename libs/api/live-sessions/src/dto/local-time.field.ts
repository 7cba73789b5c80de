import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { instantOfLocalTime } from '@larnav/contracts';

/** A Stockholm wall-clock time that exists (not in the hour skipped when summer time starts). */
function IsLocalTime(): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalTime',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && instantOfLocalTime(value) !== null,
      defaultMessage: () =>
        '$property must be a Swedish local time written YYYY-MM-DDTHH:mm that exists (not 02:00–02:59 on the night summer time starts)',
    },
  });
}

const FORMAT = 'Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.';

export function LocalTimeField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: String,
      example: '2027-07-01T09:00',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
      description: `${description} ${FORMAT}`,
    }),
    IsLocalTime(),
  );
}

export function OptionalLocalTimeField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      example: '2027-06-24T16:00',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
      description: `${description} ${FORMAT}`,
    }),
    IsOptional(),
    IsLocalTime(),
  );
}
