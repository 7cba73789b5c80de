import type { Roster } from '@larnav/api/org';
import { completeMapping } from '../mapping/column-mapping';
import { readRow } from '../mapping/row-values';
import { planImport } from './import-plan';

const TODAY = '2026-12-01';
const HEADERS = ['Anst.nr', 'Namn', 'E-post', 'Enhet', 'Befattning', 'Från', 'Till'];
const MAPPING = completeMapping({
  employeeNumber: 'Anst.nr',
  name: 'Namn',
  email: 'E-post',
  orgUnitCode: 'Enhet',
  jobRole: 'Befattning',
  startDate: 'Från',
  endDate: 'Till',
});

const units = [
  { id: 'u-bygg', code: 'SBF-BYGG', name: 'Bygglov', archived: false },
  { id: 'u-miljo', code: 'SBF-MILJO', name: 'Miljö', archived: false },
  { id: 'u-old', code: 'GAMMAL', name: 'Nedlagd enhet', archived: true },
];

function roster(partial: Partial<Roster> = {}): Roster {
  return { people: [], employments: [], lastEndByPerson: new Map(), units, ...partial };
}

function plan(rows: string[][], state: Roster = roster()) {
  const read = rows.map((cells, index) => readRow({ line: index + 2, cells }, HEADERS, MAPPING));
  return planImport(read, state, TODAY, 'medarbetare');
}

const sara = { id: 'p-sara', employeeNumber: '1001', email: 'sara@kommun.se', name: 'Sara Lind' };
const saraInBygglov = {
  id: 'e-sara',
  personId: 'p-sara',
  orgUnitId: 'u-bygg',
  jobRole: 'bygglovshandläggare',
  startDate: '2024-05-04',
  endDate: null,
};
const saraRow = ['1001', 'Sara Lind', 'sara@kommun.se', 'SBF-BYGG', 'bygglovshandläggare', '2024-05-04', ''];

describe('planImport', () => {
  it('hires someone Lärnav does not know from the row’s start date', () => {
    const result = plan([['2001', 'Nils Ek', 'Nils.Ek@Kommun.se', 'SBF-MILJO', 'miljöinspektör', '2026-12-14', '']]);
    expect(result.summary).toMatchObject({ rows: 1, hires: 1, errors: 0 });
    expect(result.operations.newPeople).toEqual([
      { employeeNumber: '2001', name: 'Nils Ek', email: 'nils.ek@kommun.se' },
    ]);
    expect(result.operations.newEmployments).toEqual([
      {
        personId: null,
        newPersonNumber: '2001',
        orgUnitId: 'u-miljo',
        jobRole: 'miljöinspektör',
        startDate: '2026-12-14',
        endDate: null,
      },
    ]);
    expect(result.changes[0]).toMatchObject({ line: 2, kind: 'hire', effectiveOn: '2026-12-14' });
  });

  it('changes nothing for someone whose row says what Lärnav already holds', () => {
    const result = plan([saraRow], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary).toMatchObject({ unchanged: 1, hires: 0, transfers: 0, leavers: 0, updates: 0 });
    expect(result.changes).toEqual([]);
    expect(result.operations).toEqual({
      newPeople: [],
      personUpdates: [],
      endDates: [],
      corrections: [],
      newEmployments: [],
    });
  });

  it('transfers from today: the old employment ends yesterday and history stays', () => {
    const moved = [...saraRow];
    moved[3] = 'SBF-MILJO';
    const result = plan([moved], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary.transfers).toBe(1);
    expect(result.operations.endDates).toEqual([{ id: 'e-sara', endDate: '2026-11-30' }]);
    expect(result.operations.newEmployments).toEqual([
      {
        personId: 'p-sara',
        newPersonNumber: null,
        orgUnitId: 'u-miljo',
        jobRole: 'bygglovshandläggare',
        startDate: TODAY,
        endDate: null,
      },
    ]);
    expect(result.changes[0]).toMatchObject({
      before: { unitName: 'Bygglov' },
      after: { unitName: 'Miljö', startDate: TODAY },
    });
  });

  it('moves a transfer to a future start date when the row gives one', () => {
    const moved = ['1001', 'Sara Lind', 'sara@kommun.se', 'SBF-MILJO', 'bygglovshandläggare', '2027-01-01', ''];
    const result = plan([moved], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.operations.endDates).toEqual([{ id: 'e-sara', endDate: '2026-12-31' }]);
    expect(result.operations.newEmployments[0]).toMatchObject({ startDate: '2027-01-01' });
  });

  it('ends the employments of someone with an employee number who is on no row', () => {
    const result = plan([], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary.leavers).toBe(1);
    expect(result.operations.endDates).toEqual([{ id: 'e-sara', endDate: '2026-11-30' }]);
    expect(result.changes[0]).toMatchObject({
      line: null,
      kind: 'leaver',
      effectiveOn: '2026-11-30',
      name: 'Sara Lind',
    });
  });

  it('never ends someone the identity system created without an employee number', () => {
    const scimOnly = { ...sara, id: 'p-scim', employeeNumber: null, email: 'scim@kommun.se' };
    const result = plan(
      [],
      roster({ people: [scimOnly], employments: [{ ...saraInBygglov, id: 'e-scim', personId: 'p-scim' }] }),
    );
    expect(result.summary.leavers).toBe(0);
    expect(result.operations.endDates).toEqual([]);
  });

  it('links the employee number to someone single sign-on created, matched by email', () => {
    const signedIn = { ...sara, employeeNumber: null };
    const result = plan([saraRow], roster({ people: [signedIn], employments: [saraInBygglov] }));
    expect(result.summary.updates).toBe(1);
    expect(result.changes[0].changed).toEqual(['employeeNumber']);
    expect(result.operations.personUpdates).toEqual([
      { id: 'p-sara', employeeNumber: '1001', name: 'Sara Lind', email: 'sara@kommun.se' },
    ]);
  });

  it('sets the last day from the row’s end date: a leaver to come', () => {
    const leaving = [...saraRow];
    leaving[6] = '2027-02-28';
    const result = plan([leaving], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary.leavers).toBe(1);
    expect(result.operations.endDates).toEqual([{ id: 'e-sara', endDate: '2027-02-28' }]);
    expect(result.changes[0]).toMatchObject({ kind: 'leaver', effectiveOn: '2027-02-28', changed: ['endDate'] });
  });

  it('employs a former employee again from today when the row’s start is before their last day', () => {
    const result = plan([saraRow], roster({ people: [sara], lastEndByPerson: new Map([['p-sara', '2025-06-30']]) }));
    expect(result.summary.rehires).toBe(1);
    expect(result.operations.newEmployments[0]).toMatchObject({ personId: 'p-sara', startDate: TODAY });
  });

  it('leaves a former employee alone when the row agrees they have left', () => {
    const gone = [...saraRow];
    gone[6] = '2025-06-30';
    const result = plan([gone], roster({ people: [sara], lastEndByPerson: new Map([['p-sara', '2025-06-30']]) }));
    expect(result.summary).toMatchObject({ unchanged: 1, rehires: 0 });
  });

  it('skips a row with problems and does not take its person for a leaver', () => {
    const broken = [...saraRow];
    broken[3] = 'FINNS-INTE';
    const result = plan([broken], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary).toMatchObject({ errors: 1, leavers: 0 });
    expect(result.changes[0]).toMatchObject({
      kind: 'error',
      line: 2,
      problems: [{ code: 'unknown-unit', value: 'FINNS-INTE' }],
    });
    expect(result.operations.endDates).toEqual([]);
  });

  it('reports every problem of a row by its line', () => {
    const result = plan([['', 'Utan Nummer', 'inte-en-adress', 'GAMMAL', '', '2026-31-01', '']]);
    const codes = result.changes[0].problems.map((problem) => problem.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-value', 'invalid-email', 'invalid-date']));
    const archived = plan([['3001', 'A B', 'a@b.se', 'GAMMAL', '', '2026-01-01', '']]);
    expect(archived.changes[0].problems[0].code).toBe('archived-unit');
  });

  it('refuses the second row with the same employee number or email', () => {
    const result = plan([
      ['2001', 'Nils Ek', 'nils@kommun.se', 'SBF-MILJO', '', '2026-12-14', ''],
      ['2001', 'Nils Ek igen', 'nils2@kommun.se', 'SBF-MILJO', '', '2026-12-14', ''],
      ['2002', 'Nina Ek', 'nils@kommun.se', 'SBF-MILJO', '', '2026-12-14', ''],
    ]);
    expect(result.summary).toMatchObject({ hires: 1, errors: 2 });
    expect(result.changes[1].problems[0]).toMatchObject({ code: 'duplicate-employee-number', otherLine: 2 });
    expect(result.changes[2].problems[0]).toMatchObject({ code: 'duplicate-email', otherLine: 2 });
  });

  it('refuses an email that belongs to someone else in Lärnav', () => {
    const other = { id: 'p-other', employeeNumber: '9999', email: 'nils@kommun.se', name: 'Nils Annan' };
    const result = plan(
      [['2001', 'Nils Ek', 'nils@kommun.se', 'SBF-MILJO', '', '2026-12-14', '']],
      roster({ people: [other] }),
    );
    expect(result.changes[0].problems[0].code).toBe('email-taken');
  });

  it('corrects in place an employment that has not started yet', () => {
    const future = { ...saraInBygglov, startDate: '2026-12-15' };
    const moved = ['1001', 'Sara Lind', 'sara@kommun.se', 'SBF-MILJO', 'bygglovshandläggare', '2026-12-15', ''];
    const result = plan([moved], roster({ people: [sara], employments: [future] }));
    expect(result.operations.corrections).toEqual([
      { id: 'e-sara', orgUnitId: 'u-miljo', jobRole: 'bygglovshandläggare', endDate: null },
    ]);
    expect(result.operations.newEmployments).toEqual([]);
  });

  it('keeps the current job role when the file has none', () => {
    const noRole = [...saraRow];
    noRole[4] = '';
    const result = plan([noRole], roster({ people: [sara], employments: [saraInBygglov] }));
    expect(result.summary.unchanged).toBe(1);
  });
});
