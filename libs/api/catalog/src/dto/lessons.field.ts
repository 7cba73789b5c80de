import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { z } from 'zod';
import { lessonsSchema } from '@larnav/shared/catalog';

/** The lesson schema as OpenAPI sees it: generated from the one zod schema, so the two cannot drift. */
function lessonsOpenApi(): Record<string, unknown> {
  const schema = z.toJSONSchema(lessonsSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  delete schema['$schema'];
  // zod's uuid pattern repeats in every id; `format: uuid` says the same.
  return JSON.parse(JSON.stringify(schema), (key, value) => (key === 'pattern' ? undefined : value));
}

/** A draft's lessons, checked against the shared lesson schema; each problem names its place. */
export function LessonsField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: 'The lessons in order, each with its content blocks.', ...lessonsOpenApi() }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isLessons',
        target: target.constructor,
        propertyName: String(propertyName),
        validator: {
          validate: (value: unknown) => lessonsSchema.safeParse(value).success,
          defaultMessage: (args?: ValidationArguments) => lessonsProblem(args?.value),
        },
      }),
  );
}

/** The first few problems, with where they are: `lessons[2].blocks[0].questions[1].options: …`. */
export function lessonsProblem(value: unknown): string {
  const result = lessonsSchema.safeParse(value);
  if (result.success) return '';
  const issues = result.error.issues.slice(0, 5).map((issue) => `${placeOf(issue.path)}: ${issue.message}`);
  const more = result.error.issues.length - issues.length;
  return `${issues.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function placeOf(path: PropertyKey[]): string {
  return path.reduce<string>(
    (place, key) => (typeof key === 'number' ? `${place}[${key}]` : `${place}.${String(key)}`),
    'lessons',
  );
}
