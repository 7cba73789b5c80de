import { formatInstant } from './format-instant';

describe('formatInstant', () => {
  it('shows the time in Stockholm, on both sides of the daylight-saving change', () => {
    expect(formatInstant('2024-01-15T13:05:00Z', 'sv')).toBe('15 jan. 2024 14:05');
    expect(formatInstant('2024-06-15T13:05:00Z', 'en')).toBe('15 Jun 2024, 15:05');
  });
});
