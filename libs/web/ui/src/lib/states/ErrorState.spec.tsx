import { ProblemCode } from '@larnav/contracts';
import { render, screen } from '@testing-library/react';
import { TestProviders } from '../testing/TestProviders';
import { ErrorState } from './ErrorState';

const problem = (code: string, detail: string) =>
  ({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail,
    code,
  }) as never;

describe('ErrorState', () => {
  it('translates a known problem code', () => {
    render(
      <TestProviders language="en">
        <ErrorState problem={problem(ProblemCode.OrgUnitNotFound, 'No org unit 42')} />
      </TestProviders>,
    );
    expect(screen.getByText('The unit does not exist.')).toBeInTheDocument();
  });

  it("falls back to the API's detail for a code it does not know", () => {
    render(
      <TestProviders>
        <ErrorState problem={problem('brand_new_code', 'Something new happened')} />
      </TestProviders>,
    );
    expect(screen.getByText('Something new happened')).toBeInTheDocument();
  });

  it('says the service could not be reached when there was no answer, and offers a retry', async () => {
    const onRetry = jest.fn();
    render(
      <TestProviders>
        <ErrorState problem={undefined} onRetry={onRetry} />
      </TestProviders>,
    );
    expect(screen.getByText(/Det gick inte att nå Lärnav/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Försök igen' }).click();
    expect(onRetry).toHaveBeenCalled();
  });
});
