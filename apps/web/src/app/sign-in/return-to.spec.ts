import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnTo('/organisation?at=2024-01-15')).toBe('/organisation?at=2024-01-15');
  });

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', '', null])(
    'refuses %p and goes to the start page instead',
    (value) => {
      expect(safeReturnTo(value)).toBe('/');
    },
  );
});
