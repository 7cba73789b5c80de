import { DEFAULT_REMINDER_SETTINGS, occasionOn, weekOf } from './reminder-plan';

const on = (today: string, due = '2026-12-20') => occasionOn(today, due, DEFAULT_REMINDER_SETTINGS);

describe('reminder occasions', () => {
  it('reminds within the week before the due date, once per due date', () => {
    expect(on('2026-12-12')).toBeNull();
    expect(on('2026-12-13')).toEqual({ kind: 'reminder-before', key: 'before:2026-12-20', daysLeft: 7 });
    expect(on('2026-12-19')?.key).toBe('before:2026-12-20');
  });

  it('reminds on the due date', () => {
    expect(on('2026-12-20')).toEqual({ kind: 'reminder-due', key: 'due:2026-12-20', daysLeft: 0 });
  });

  it('reminds weekly while overdue, each week its own occasion', () => {
    expect(on('2026-12-21')).toBeNull();
    expect(on('2026-12-26')).toBeNull();
    expect(on('2026-12-27')?.key).toBe('overdue:2026-12-20:1');
    expect(on('2027-01-02')?.key).toBe('overdue:2026-12-20:1');
    expect(on('2027-01-03')?.key).toBe('overdue:2026-12-20:2');
  });

  it('counts days across the change from summer time', () => {
    expect(occasionOn('2026-10-19', '2026-10-26', DEFAULT_REMINDER_SETTINGS)?.daysLeft).toBe(7);
  });

  it('names the digest week by its Monday', () => {
    expect(weekOf('2026-12-07')).toBe('2026-12-07');
    expect(weekOf('2026-12-13')).toBe('2026-12-07');
    expect(weekOf('2026-12-14')).toBe('2026-12-14');
  });
});
