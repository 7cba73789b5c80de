import { reportExportUrl } from './reporting-urls';

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
