import type { CalendarStrings, DateFormatting } from '@fluentui/react-calendar-compat';
import type { TFunction } from 'i18next';
import { formatLocale } from '../i18n/translations';

// Fluent wants Sunday first; 7 January 2024 was a Sunday.
const A_WEEK_FROM_SUNDAY = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 7 + i));
const A_YEAR_OF_MONTHS = Array.from({ length: 12 }, (_, i) => new Date(2024, i, 1));

/** Month and day names from Intl (no hand-kept lists), the rest from the ui namespace. */
export function calendarStrings(language: string, t: TFunction): CalendarStrings {
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => {
    const format = new Intl.DateTimeFormat(formatLocale(language), options);
    return dates.map((date) => format.format(date));
  };
  return {
    months: names({ month: 'long' }, A_YEAR_OF_MONTHS),
    // "jan." → "jan", so that it can also serve as the month button's name (see calendarFormatting).
    shortMonths: names({ month: 'short' }, A_YEAR_OF_MONTHS).map((month) => month.replace(/\.$/, '')),
    days: names({ weekday: 'long' }, A_WEEK_FROM_SUNDAY),
    shortDays: names({ weekday: 'narrow' }, A_WEEK_FROM_SUNDAY),
    goToToday: t('datePicker.goToToday'),
    prevMonthAriaLabel: t('datePicker.prevMonth'),
    nextMonthAriaLabel: t('datePicker.nextMonth'),
    prevYearAriaLabel: t('datePicker.prevYear'),
    nextYearAriaLabel: t('datePicker.nextYear'),
    prevYearRangeAriaLabel: t('datePicker.prevYearRange'),
    nextYearRangeAriaLabel: t('datePicker.nextYearRange'),
    closeButtonAriaLabel: t('datePicker.close'),
    weekNumberFormatString: t('datePicker.weekNumber'),
    selectedDateFormatString: t('datePicker.selectedDate'),
    todayDateFormatString: t('datePicker.todayDate'),
    monthPickerHeaderAriaLabel: t('datePicker.monthPickerHeader'),
    yearPickerHeaderAriaLabel: t('datePicker.yearPickerHeader'),
    dayMarkedAriaLabel: t('datePicker.dayMarked'),
  };
}

/** How the calendar words dates for screen readers: "15 januari 2024", not Fluent's US order. */
export function calendarFormatting(language: string): DateFormatting {
  const longDate = new Intl.DateTimeFormat(formatLocale(language), {
    dateStyle: 'long',
  });
  return {
    formatDay: (date) => String(date.getDate()),
    // The month grid shows short names; a button's name must contain its visible text (WCAG 2.5.3),
    // and the full name does not fit the grid, so the short name is the name.
    formatMonth: (date, strings) => strings.shortMonths[date.getMonth()],
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => longDate.format(date),
    formatMonthYear: (date, strings) => `${strings.months[date.getMonth()]} ${date.getFullYear()}`,
  };
}
