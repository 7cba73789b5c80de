import type { TFunction } from 'i18next';
import { calendarFormatting, calendarStrings } from './calendar-strings';

const t = ((key: string) => key) as unknown as TFunction;

describe('calendarStrings', () => {
  it('names months and days in Swedish, Sunday first as Fluent expects', () => {
    const strings = calendarStrings('sv', t);
    expect(strings.months[0]).toBe('januari');
    expect(strings.days[0]).toBe('söndag');
    expect(strings.days[1]).toBe('måndag');
  });

  it('words dates the Swedish way for screen readers', () => {
    const strings = calendarStrings('sv', t);
    const formatting = calendarFormatting('sv');
    expect(formatting.formatMonthDayYear(new Date(2024, 0, 15), strings)).toBe('15 januari 2024');
    expect(formatting.formatMonth(new Date(2024, 0, 15), strings)).toBe('jan');
  });

  it('keeps each short month a prefix of its full name, so the visible text is in the accessible name', () => {
    for (const language of ['sv', 'en']) {
      const { months, shortMonths } = calendarStrings(language, t);
      shortMonths.forEach((short, i) => expect(months[i].toLowerCase()).toContain(short.toLowerCase()));
    }
  });
});
