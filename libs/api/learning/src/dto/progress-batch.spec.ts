import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { createValidationPipe, DomainError } from '@larnav/api/common';
import { PROGRESS_EVENT_TYPES } from '@larnav/shared/learning';
import { ProgressBatchDto } from './progress.dto';

/** The batch as class-validator checked it before the compiled schema: the schema must agree. */
class ReferenceEvent {
  @IsUUID() id!: string;
  @IsIn(PROGRESS_EVENT_TYPES) type!: string;
  @IsISO8601({ strict: true, strictSeparator: true }) occurredAt!: string;
  @IsUUID() lessonId!: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) scroll?: number;
  @IsOptional() @IsUUID() blockId?: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(86_400) seconds?: number;
}
class ReferenceBatch {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReferenceEvent)
  events!: ReferenceEvent[];
}

const pipe = createValidationPipe();
const LESSON = '6f1c1d52-7a4e-4c1e-9a53-0d7b1c2e3f40';
const event = (extra: object = {}) => ({
  id: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
  type: 'position',
  occurredAt: '2026-12-01T09:30:00.000Z',
  lessonId: LESSON,
  ...extra,
});

/** The fields a check refuses, or 'ok'. */
async function verdict(metatype: unknown, body: unknown): Promise<string[] | 'ok'> {
  try {
    await pipe.transform(body, { type: 'body', metatype: metatype as never });
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const fields = (error as DomainError).errors ?? [];
    for (const f of fields) expect(f.message).toMatch(/\w+ \w+/);
    return [...new Set(fields.map((f) => f.field))].sort();
  }
}

describe('the progress batch’s compiled check', () => {
  const bodies: [string, unknown][] = [
    ['a position', { events: [event({ scroll: 0.5 })] }],
    ['the scroll’s bounds', { events: [event({ scroll: 0 }), event({ scroll: 1 })] }],
    ['a video’s second', { events: [event({ blockId: LESSON, seconds: 86_400 })] }],
    ['a hundred events', { events: Array.from({ length: 100 }, () => event()) }],
    ['every type', { events: PROGRESS_EVENT_TYPES.map((type) => event({ type })) }],
    ['no events', { events: [] }],
    ['a hundred and one', { events: Array.from({ length: 101 }, () => event()) }],
    ['events not a list', { events: 'x' }],
    ['no events field', {}],
    ['an unknown field in the batch', { events: [event()], extra: 1 }],
    ['a forged completion', { events: [event({ completed: true })] }],
    ['an id not a UUID', { events: [event({ id: '42' })] }],
    ['no lesson', { events: [{ ...event(), lessonId: undefined }] }],
    ['an unknown type', { events: [event({ type: 'completed' })] }],
    ['the 30th of February', { events: [event({ occurredAt: '2026-02-30T10:00:00Z' })] }],
    ['a space for the T', { events: [event({ occurredAt: '2026-12-01 10:00:00Z' })] }],
    ['a date as a number', { events: [event({ occurredAt: 1764581400000 })] }],
    ['scrolled past the end', { events: [event({ scroll: 1.5 })] }],
    ['scrolled above the top', { events: [event({ scroll: -0.1 })] }],
    ['a scroll as text', { events: [event({ scroll: '0.5' })] }],
    ['a video past a day', { events: [event({ blockId: LESSON, seconds: 90_000 })] }],
    ['a block not a UUID', { events: [event({ blockId: 'video-1' })] }],
    ['two bad fields in two events', { events: [event({ id: 'x' }), event({ scroll: 2 })] }],
  ];

  it.each(bodies)('%s: refused or taken as class-validator did, on the same fields', async (_, body) => {
    const now = await verdict(ProgressBatchDto, body);
    expect(now).toEqual(await verdict(ReferenceBatch, body));
  });

  it('keeps the body as sent when it is sound', async () => {
    const body = { events: [event({ scroll: 0.25 })] };
    expect(await pipe.transform(body, { type: 'body', metatype: ProgressBatchDto })).toBe(body);
  });

  it('words what to fix', async () => {
    const refused = pipe.transform(
      { events: [event({ id: 'x', completed: true })] },
      { type: 'body', metatype: ProgressBatchDto },
    );
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(
        /events\.0\.id must be a UUID.*unknown field "completed"|unknown field "completed".*events\.0\.id must be a UUID/,
      ),
    });
  });
});
