import { boardSummaryUrl, reportExportUrl } from './reporting-urls';

describe('reportExportUrl', () => {
  it('carries the filters shown, the format and the language, and leaves out empty filters', () => {
    expect(
      reportExportUrl('coverage/people', 'xlsx', 'sv', {
        orgUnitId: 'u1',
        moduleId: null,
        asOf: '2026-03-31',
        status: 'overdue',
      }),
    ).toBe('/api/reporting/coverage/people/export?orgUnitId=u1&asOf=2026-03-31&status=overdue&format=xlsx&lang=sv');
  });

  it('puts the months of a trend into the address', () => {
    expect(reportExportUrl('trend', 'csv', 'en', { orgUnitId: 'u1', months: 24 })).toBe(
      '/api/reporting/trend/export?orgUnitId=u1&months=24&format=csv&lang=en',
    );
  });
});

describe('boardSummaryUrl', () => {
  it('asks for the day and the language, and a unit only when one is chosen', () => {
    expect(boardSummaryUrl('sv', { asOf: '2026-03-31' })).toBe('/api/reporting/summary/export?asOf=2026-03-31&lang=sv');
    expect(boardSummaryUrl('en', { asOf: '2026-03-31', orgUnitId: 'u1' })).toBe(
      '/api/reporting/summary/export?asOf=2026-03-31&lang=en&orgUnitId=u1',
    );
  });
});
