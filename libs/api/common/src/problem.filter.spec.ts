import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemFilter } from './problem.filter';

/** What the filter answers for an exception, as a client would read it. */
function answer(exception: unknown): { status: number; type: string; body: { code: string; detail: string } } {
  const sent: { status?: number; type?: string; body?: { code: string; detail: string } } = {};
  const response = {
    status: (s: number) => ((sent.status = s), response),
    type: (t: string) => ((sent.type = t), response),
    send: (b: { code: string; detail: string }) => ((sent.body = b), response),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/api/x' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ProblemFilter().catch(exception, host);
  return sent as { status: number; type: string; body: { code: string; detail: string } };
}

const pgError = (code: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error('pg'), { code }));
const bodyParserError = (status: number, type: string) =>
  Object.assign(new Error(type), { status, type, expose: true });

describe('ProblemFilter', () => {
  it.each([
    ['22021', 400, 'validation_failed'], // invalid byte sequence
    ['22001', 400, 'validation_failed'], // value too long
    ['23502', 400, 'validation_failed'], // not null
    ['23505', 409, 'already_exists'],
    ['23P01', 409, 'already_exists'],
    ['23503', 422, 'referenced_record_missing'],
    ['23514', 422, 'validation_failed'],
  ])('answers PostgreSQL error %s that no named constraint explains with %i %s', (code, status, problem) => {
    const sent = answer(pgError(code));
    expect([sent.status, sent.body.code, sent.type]).toEqual([status, problem, 'application/problem+json']);
  });

  it.each([
    ['entity.too.large', 413, 413, 'payload_too_large'],
    ['entity.parse.failed', 400, 400, 'malformed_request'],
    ['charset.unsupported', 415, 415, 'unsupported_media_type'],
    ['encoding.unsupported', 415, 415, 'unsupported_media_type'],
    ['request.aborted', 400, 400, 'malformed_request'],
  ])('answers the body parser’s %s with %i', (type, raised, status, problem) => {
    const sent = answer(bodyParserError(raised, type));
    expect([sent.status, sent.body.code]).toEqual([status, problem]);
  });

  it('still answers an unknown failure with a 500 that says nothing of the internals', () => {
    const sent = answer(pgError('XX000'));
    expect([sent.status, sent.body.code, sent.body.detail]).toEqual([
      500,
      'internal_error',
      'Something went wrong on our side.',
    ]);
    expect(answer(new TypeError('boom')).status).toBe(500);
  });
});
