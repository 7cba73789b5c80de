import { emptyDraft, previewInput, problemsOf, type RuleDraft, ruleInput } from './rule-form';

const draft = (over: Partial<RuleDraft> = {}): RuleDraft => ({
  ...emptyDraft('2026-03-01', '2026-03-31'),
  name: 'Företagarperspektiv för Bygglov',
  moduleId: 'm-fp',
  ...over,
});

describe('the new-rule form', () => {
  it('asks for a name, a module and a whole number of days before anything is sent', () => {
    expect(problemsOf(emptyDraft('2026-03-01', '2026-03-31'))).toEqual(['name', 'moduleId']);
    expect(problemsOf(draft({ dueDays: '1,5' }))).toEqual(['dueDays']);
    expect(problemsOf(draft({ dueDays: '3651' }))).toEqual(['dueDays']);
    expect(problemsOf(draft({ dueDays: '' }))).toEqual(['dueDays']);
    expect(problemsOf(draft({ dueDays: '0' }))).toEqual([]);
  });

  it('needs a date, not days, for a fixed date', () => {
    expect(problemsOf(draft({ dueBasis: 'fixed-date', dueDays: '', dueDate: '' }))).toEqual(['dueDate']);
    expect(problemsOf(draft({ dueBasis: 'fixed-date', dueDays: '' }))).toEqual([]);
  });

  it('takes recertification as optional, but only as 1–120 whole months', () => {
    expect(problemsOf(draft({ recertifyMonths: ' ' }))).toEqual([]);
    expect(problemsOf(draft({ recertifyMonths: '0' }))).toEqual(['recertifyMonths']);
    expect(problemsOf(draft({ recertifyMonths: '121' }))).toEqual(['recertifyMonths']);
    expect(problemsOf(draft({ recertifyMonths: '24' }))).toEqual([]);
  });

  it('sends only what was chosen: no unit or job role means everyone', () => {
    expect(ruleInput(draft({ name: '  Dataskydd  ', targetJobRole: '  ' }))).toEqual({
      name: 'Dataskydd',
      moduleId: 'm-fp',
      dueBasis: 'employment-start',
      dueDays: 30,
      dueAgainDays: 30,
      redoOnSignificant: true,
      validFrom: '2026-03-01',
    });
  });

  it('sends the date for a fixed date and the days otherwise, never both', () => {
    const fixed = ruleInput(
      draft({
        dueBasis: 'fixed-date',
        targetOrgUnitId: 'bygglov',
        targetJobRole: ' bygglovshandläggare ',
        recertifyMonths: '24',
        redoOnSignificant: false,
      }),
    );
    expect(fixed).toEqual({
      name: 'Företagarperspektiv för Bygglov',
      moduleId: 'm-fp',
      targetOrgUnitId: 'bygglov',
      targetJobRole: 'bygglovshandläggare',
      dueBasis: 'fixed-date',
      dueDate: '2026-03-31',
      recertifyMonths: 24,
      dueAgainDays: 30,
      redoOnSignificant: false,
      validFrom: '2026-03-01',
    });
    expect(ruleInput(draft({ dueBasis: 'transfer', dueDays: '14' }))).toMatchObject({ dueDays: 14 });
    expect(ruleInput(draft({ dueBasis: 'transfer', dueDays: '14' }))).not.toHaveProperty('dueDate');
  });

  it('previews a rule that has no name yet, but not one without a module or with bad days', () => {
    expect(previewInput(draft({ name: '' }))).toMatchObject({ moduleId: 'm-fp', dueDays: 30 });
    expect(ruleInput(draft({ name: '' }))).toBeNull();
    expect(previewInput(draft({ moduleId: null }))).toBeNull();
    expect(previewInput(draft({ dueDays: 'x' }))).toBeNull();
  });
});
