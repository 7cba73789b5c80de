import { changedModules } from './coverage-facts';
import { checkpointMonth, isRolled, nearestRolledMonth, rolledFirstMonth } from './fact-months';

describe('checkpointMonth', () => {
  const horizon = { firstMonth: '2022-01-01', lastMonth: '2027-12-01' };

  it("starts a day's counts from its own month's first day inside the kept months", () => {
    expect(checkpointMonth('2026-03-15', horizon)).toBe('2026-03-01');
    expect(checkpointMonth('2026-03-01', horizon)).toBe('2026-03-01');
    expect(checkpointMonth('2022-01-01', horizon)).toBe('2022-01-01');
  });

  it("reads a month's last day as the next month's checkpoint, with no deltas to add", () => {
    expect(checkpointMonth('2026-03-31', horizon)).toBe('2026-04-01');
    expect(checkpointMonth('2024-02-29', horizon)).toBe('2024-03-01');
    expect(checkpointMonth('2026-12-31', horizon)).toBe('2027-01-01');
    expect(checkpointMonth('2021-12-31', horizon)).toBe('2022-01-01');
    // The last kept month's last day: no checkpoint after it, so its own month and deltas.
    expect(checkpointMonth('2027-12-31', horizon)).toBe('2027-12-01');
  });

  it('uses the last kept month beyond them, and none (deltas from the start) before them', () => {
    expect(checkpointMonth('2029-06-30', horizon)).toBe('2027-12-01');
    expect(checkpointMonth('2021-12-30', horizon)).toBeNull();
  });
});

describe('nearestRolledMonth', () => {
  const rolled = { firstMonth: '2023-12-01', lastMonth: '2027-12-01' };

  it("starts from the day's month in its first half, adding the deltas up to the day", () => {
    expect(nearestRolledMonth('2023-12-07', '2023-12-01', rolled)).toBe('2023-12-01');
    // December 15th: 15 days of deltas from the 1st, 16 (the 16th to the 31st) back from January.
    expect(nearestRolledMonth('2023-12-15', '2023-12-01', rolled)).toBe('2023-12-01');
    expect(nearestRolledMonth('2024-02-14', '2024-02-01', rolled)).toBe('2024-02-01');
  });

  it('starts from the next month later on, taking away the deltas after the day', () => {
    expect(nearestRolledMonth('2023-12-16', '2023-12-01', rolled)).toBe('2024-01-01');
    expect(nearestRolledMonth('2023-12-30', '2023-12-01', rolled)).toBe('2024-01-01');
    // A leap year's February: the 15th is 15 days in and 14 days before March.
    expect(nearestRolledMonth('2024-02-15', '2024-02-01', rolled)).toBe('2024-03-01');
  });

  it("keeps the day's own month when the next is not rolled up, or is the month already (a last day)", () => {
    expect(nearestRolledMonth('2027-12-20', '2027-12-01', rolled)).toBe('2027-12-01');
    expect(nearestRolledMonth('2023-12-31', '2024-01-01', rolled)).toBe('2024-01-01');
  });
});

describe('the rolled checkpoint months', () => {
  const horizon = { firstMonth: '2019-03-01', lastMonth: '2027-12-01' };

  it('start 36 months before the month they are made in, within the kept months', () => {
    expect(rolledFirstMonth('2026-12-07', horizon)).toBe('2023-12-01');
    expect(rolledFirstMonth('2026-01-31', horizon)).toBe('2023-01-01');
    expect(rolledFirstMonth('2026-12-07', { ...horizon, firstMonth: '2025-02-01' })).toBe('2025-02-01');
  });

  it('answer a checkpoint month inside them, and leave the rest to the summed checkpoints', () => {
    const rolled = { firstMonth: '2023-12-01', lastMonth: '2027-12-01' };
    // Three years back, and a trend's month ends (the next month's checkpoint), are inside.
    expect(isRolled(checkpointMonth('2023-12-07', horizon), rolled)).toBe(true);
    expect(isRolled(checkpointMonth('2024-12-31', horizon), rolled)).toBe(true);
    expect(isRolled(checkpointMonth('2023-11-30', horizon), rolled)).toBe(true);
    expect(isRolled(checkpointMonth('2023-11-29', horizon), rolled)).toBe(false);
    expect(isRolled(checkpointMonth('2029-06-30', horizon), rolled)).toBe(true);
    expect(isRolled(null, rolled)).toBe(false);
    expect(isRolled('2026-03-01', null)).toBe(false);
  });
});

describe('changedModules', () => {
  const v = (version_id: string, module_id: string, extra: object = {}) => ({
    version_id,
    module_id,
    number: 1,
    significant: false,
    published_on: '2026-01-01',
    ...extra,
  });

  it('names the modules whose versions were added, removed or changed, whatever the order of keys', () => {
    const before = [v('v1', 'm1'), v('v2', 'm2'), v('v3', 'm3')];
    const now = [
      { published_on: '2026-01-01', significant: false, number: 1, module_id: 'm1', version_id: 'v1' },
      v('v3', 'm3', { significant: true }),
      v('v4', 'm4'),
    ];
    expect(changedModules(before, now).sort()).toEqual(['m2', 'm3', 'm4']);
    expect(changedModules(before, before)).toEqual([]);
  });
});
