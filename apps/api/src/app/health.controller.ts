import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@larnav/api/common';

const PING_TIMEOUT_MS = 2000;

type Ready = { status: 'ok' | 'error'; info: object; error: object; details: object };

const CHECKS = { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } };
const readySchema = (status: string, example: object) => ({
  schema: {
    type: 'object',
    properties: { status: { type: 'string', example: status }, info: CHECKS, error: CHECKS, details: CHECKS },
    example: { status, ...example },
  },
});

/**
 * For load balancers and orchestrators: live = the process answers; ready = it can reach
 * PostgreSQL. The ping is one `SELECT 1` on the pool; terminus' TypeORM check re-required TypeORM
 * on every ping (issue 8). The answer keeps terminus' shape.
 */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The process can serve: PostgreSQL answers' })
  @ApiOkResponse({
    description: 'PostgreSQL answers',
    ...readySchema('ok', { info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' } } }),
  })
  @ApiServiceUnavailableResponse({
    description: 'PostgreSQL does not answer',
    ...readySchema('error', {
      info: {},
      error: { database: { status: 'down' } },
      details: { database: { status: 'down' } },
    }),
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<Ready> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timeout of ${PING_TIMEOUT_MS} ms exceeded`)), PING_TIMEOUT_MS);
        }),
      ]);
      const database = { database: { status: 'up' } };
      return { status: 'ok', info: database, error: {}, details: database };
    } catch (error) {
      const database = { database: { status: 'down', message: (error as Error).message } };
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', info: {}, error: database, details: database };
    } finally {
      clearTimeout(timer);
    }
  }
}
