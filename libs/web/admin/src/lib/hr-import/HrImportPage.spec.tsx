import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from '../../testing/render-admin';

const mapping = {
  employeeNumber: 'Anställningsnummer',
  name: null,
  givenName: 'Förnamn',
  familyName: 'Efternamn',
  email: 'E-post',
  orgUnitCode: 'Enhetskod',
  jobRole: null,
  startDate: 'Startdatum',
  endDate: null,
};
const planned = {
  id: 'imp-1',
  fileName: 'personal-december.csv',
  format: 'csv',
  status: 'planned',
  summary: { rows: 5, hires: 1, rehires: 0, transfers: 1, leavers: 1, updates: 1, unchanged: 1, errors: 1 },
  progress: { done: 0, total: 0 },
  failure: null,
  plannedOn: '2026-12-01',
  createdAt: '2026-12-01T08:00:00Z',
  appliedAt: null,
  headers: ['Anställningsnummer', 'Förnamn', 'Efternamn', 'E-post', 'Enhetskod', 'Startdatum'],
  mapping,
  mappingProblems: [],
  sameFileAppliedAt: null,
};
const changes = {
  total: 2,
  items: [
    {
      line: 5,
      kind: 'hire',
      personId: null,
      employeeNumber: '2001',
      name: 'Nils Holm',
      before: null,
      after: {
        unitCode: 'SBF-BYGG',
        unitName: 'Bygglov',
        jobRole: 'handläggare',
        startDate: '2027-01-07',
        endDate: null,
      },
      effectiveOn: '2027-01-07',
      changed: [],
      problems: [],
    },
    {
      line: 6,
      kind: 'error',
      personId: null,
      employeeNumber: '2002',
      name: 'Lisa Fel',
      before: null,
      after: null,
      effectiveOn: null,
      changed: [],
      problems: [{ code: 'unknown-unit', field: 'orgUnitCode', value: 'FINNS-INTE', detail: 'No unit' }],
    },
  ],
};

describe('the HR import section', () => {
  it('shows the dry run in numbers and by row, in Swedish, with why a row is skipped', async () => {
    renderAdmin('/admin/hr-import?import=imp-1', {
      '/api/hr-imports': { body: [planned] },
      '/api/hr-imports/{id}': { body: planned },
      '/api/hr-imports/{id}/changes': { body: changes },
    });
    expect(await screen.findByRole('heading', { name: 'Provkörning av personal-december.csv' })).toBeInTheDocument();
    expect(screen.getByText('Nyanställda').parentElement).toHaveTextContent(/^Nyanställda1$/);
    expect(screen.getByText('Rader med fel').parentElement).toHaveTextContent(/^Rader med fel1$/);
    const table = await screen.findByRole('table', { name: 'Ändringar i provkörningen' });
    expect(within(table).getByRole('row', { name: /Nils Holm/ })).toHaveTextContent(/Nyanställd.*Bygglov \(SBF-BYGG\)/);
    expect(within(table).getByRole('row', { name: /Lisa Fel/ })).toHaveTextContent(
      'Ingen enhet i Lärnav har koden eller namnet ”FINNS-INTE”.',
    );
    expect(screen.getByRole('button', { name: 'Genomför importen' })).toBeEnabled();
  });

  it('applies the dry run and shows its progress while the job writes', async () => {
    const applying = { ...planned, status: 'applying', progress: { done: 1000, total: 4000 } };
    const apply = jest.fn(() => ({ status: 202, body: applying }));
    renderAdmin('/admin/hr-import?import=imp-1', {
      '/api/hr-imports': { body: [planned] },
      '/api/hr-imports/{id}': { body: planned },
      '/api/hr-imports/{id}/changes': { body: changes },
      'POST /api/hr-imports/{id}/apply': apply,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Genomför importen' }));
    await waitFor(() => expect(apply).toHaveBeenCalled());
    expect(await screen.findByText('1000 av 4000 ändringar skrivna')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('asks for the columns when the file’s could not be told, and plans again with the choice', async () => {
    const unmapped = {
      ...planned,
      status: 'unmapped',
      summary: null,
      headers: ['Nr', 'Vem', 'Adress', 'Ställe', 'Sedan'],
      mapping: {
        ...mapping,
        employeeNumber: null,
        givenName: null,
        familyName: null,
        email: null,
        orgUnitCode: null,
        startDate: null,
      },
      mappingProblems: ['Choose the column with the employee number.'],
    };
    const remap = jest.fn(() => ({ body: planned }));
    renderAdmin('/admin/hr-import?import=imp-1', {
      '/api/hr-imports': { body: [unmapped] },
      '/api/hr-imports/{id}': { body: unmapped },
      '/api/hr-imports/{id}/changes': { body: changes },
      'PUT /api/hr-imports/{id}/mapping': remap,
    });
    expect(await screen.findByText(/Välj vilken kolumn som innehåller varje obligatoriskt fält/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Anställningsnummer/ }), 'Nr');
    await userEvent.click(screen.getByRole('button', { name: 'Provkör med dessa kolumner' }));
    await waitFor(() => expect(remap).toHaveBeenCalled());
    expect(JSON.stringify(remap.mock.calls[0])).toContain('"employeeNumber":"Nr"');
  });

  it('says why a file is refused', async () => {
    renderAdmin('/admin/hr-import', {
      '/api/hr-imports': { body: [] },
      'POST /api/hr-imports': {
        status: 422,
        body: { code: 'identity_number_refused', detail: 'The column…', status: 422, title: 'x', type: 'about:blank' },
      },
    });
    const input = await screen.findByLabelText('Välj fil att provköra');
    await userEvent.upload(input, new File(['Personnummer\n811218-9876\n'], 'pnr.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/Lärnav tar aldrig emot personnummer/)).toBeInTheDocument();
    expect(screen.getByText('Inga importer ännu')).toBeInTheDocument();
  });
});
