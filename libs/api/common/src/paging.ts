import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A query's page size: a whole number from 1 to `max`, `fallback` when left out (the handler applies it). */
export function PageLimit(options: { max: number; fallback: number; description?: string }): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      minimum: 1,
      maximum: options.max,
      default: options.fallback,
      description: options.description,
    }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(options.max),
  );
}

/** How many items a page skips: a whole number from 0, 0 when left out. */
export function PageOffset(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 0, default: 0 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(0),
  );
}
