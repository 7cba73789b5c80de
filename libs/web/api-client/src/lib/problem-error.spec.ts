import { ProblemCode } from '@larnav/contracts';
import { dataOrThrow, ProblemError, problemOf } from './problem-error';

const ok = { status: 200, statusText: 'OK' };

describe('dataOrThrow', () => {
  it('returns the data of a successful call', () => {
    expect(dataOrThrow({ data: { at: '2024-01-15' }, response: ok })).toEqual({
      at: '2024-01-15',
    });
  });

  it('throws the problem+json body with its stable code', () => {
    const problem = {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No org unit 42',
      code: ProblemCode.OrgUnitNotFound,
    };
    const call = () =>
      dataOrThrow({
        error: problem,
        response: { status: 404, statusText: 'Not Found' },
      });
    expect(call).toThrow(ProblemError);
    try {
      call();
    } catch (error) {
      expect(problemOf(error)).toEqual(problem);
    }
  });

  it('turns a non-problem failure (a proxy page) into an internal problem that keeps the status', () => {
    try {
      dataOrThrow({
        error: 'Bad Gateway',
        response: { status: 502, statusText: 'Bad Gateway' },
      });
      throw new Error('expected a throw');
    } catch (error) {
      expect(problemOf(error)).toMatchObject({
        status: 502,
        code: ProblemCode.Internal,
        detail: 'Bad Gateway',
      });
    }
  });

  it('has no problem for errors that never reached the API', () => {
    expect(problemOf(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
