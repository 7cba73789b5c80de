import { ProblemCode } from '@larnav/contracts';
import { fieldErrorsOf } from './field-errors';

describe('fieldErrorsOf', () => {
  it('keeps the first message per field, folding array items into their field', () => {
    expect(
      fieldErrorsOf({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: '…',
        code: ProblemCode.ValidationFailed,
        errors: [
          { field: 'name', message: 'name should not be empty' },
          { field: 'name', message: 'name must be a string' },
          {
            field: 'scopes.0',
            message: 'each value in scopes must be one of …',
          },
        ],
      }),
    ).toEqual({
      name: 'name should not be empty',
      scopes: 'each value in scopes must be one of …',
    });
  });

  it('is empty without a problem', () => {
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});
