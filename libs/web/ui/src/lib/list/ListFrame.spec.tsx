import { TableCell, TableRow } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '../testing/TestProviders';
import { ListFrame, type ListQuery } from './ListFrame';

const columns = [
  { key: 'name', label: 'Namn' },
  { key: 'actions', label: 'Åtgärder', muted: true },
];

function renderFrame(query: ListQuery<string>) {
  render(
    <TestProviders>
      <ListFrame
        query={query}
        problem={undefined}
        label="Moduler"
        columns={columns}
        empty={{ title: 'Inga moduler än' }}
        row={(name) => (
          <TableRow key={name}>
            <TableCell>{name}</TableCell>
            <TableCell />
          </TableRow>
        )}
      />
    </TestProviders>,
  );
}

const query = (over: Partial<ListQuery<string>>): ListQuery<string> => ({
  isPending: false,
  isError: false,
  data: undefined,
  refetch: jest.fn(),
  ...over,
});

describe('ListFrame', () => {
  it('shows a spinner while the list loads', () => {
    renderFrame(query({ isPending: true }));
    expect(screen.getByText('Laddar…')).toBeInTheDocument();
  });

  it('says when the list could not be fetched, and fetches again on request', async () => {
    const refetch = jest.fn();
    renderFrame(query({ isError: true, refetch }));
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('has an empty state instead of an empty table', () => {
    renderFrame(query({ data: [] }));
    expect(screen.getByText('Inga moduler än')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists the items in a table named by its label', () => {
    renderFrame(query({ data: ['Första', 'Andra'] }));
    const table = screen.getByRole('table', { name: 'Moduler' });
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Andra');
    expect(screen.getByRole('columnheader', { name: 'Åtgärder' })).toBeInTheDocument();
  });
});
