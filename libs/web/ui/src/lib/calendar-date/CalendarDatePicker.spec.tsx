import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '../testing/TestProviders';
import { CalendarDatePicker } from './CalendarDatePicker';

function renderPicker(onChange: (value: string) => void) {
  render(
    <TestProviders>
      <CalendarDatePicker label="Visa per datum" value="2025-06-01" onChange={onChange} />
    </TestProviders>,
  );
  return screen.getByRole('combobox', { name: /Visa per datum/ });
}

describe('CalendarDatePicker', () => {
  it('shows and accepts dates as YYYY-MM-DD', async () => {
    const onChange = jest.fn();
    const input = renderPicker(onChange);
    expect(input).toHaveValue('2025-06-01');
    await userEvent.clear(input);
    await userEvent.type(input, '2024-01-15{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('2024-01-15');
  });

  it('explains, in Swedish, a date it cannot read', async () => {
    const onChange = jest.fn();
    const input = renderPicker(onChange);
    await userEvent.clear(input);
    await userEvent.type(input, '15/1{Enter}');
    expect(await screen.findByText(/Datumet känns inte igen/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });
});
