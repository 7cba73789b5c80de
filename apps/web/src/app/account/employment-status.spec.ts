import { employmentStatus } from './employment-status';

describe('employmentStatus', () => {
  const today = '2025-06-01';
  it.each([
    [{ startDate: '2024-09-02', endDate: null }, 'current'],
    [{ startDate: '2024-09-02', endDate: '2025-06-01' }, 'current'],
    [{ startDate: '2020-01-01', endDate: '2025-05-31' }, 'ended'],
    [{ startDate: '2025-06-02', endDate: null }, 'upcoming'],
  ] as const)('%o is %s', (employment, status) => {
    expect(employmentStatus(employment, today)).toBe(status);
  });
});
