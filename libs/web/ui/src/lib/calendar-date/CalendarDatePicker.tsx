import { DayOfWeek, FirstWeekOfYear } from '@fluentui/react-calendar-compat';
import { Field } from '@fluentui/react-components';
import { DatePicker, type DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CalendarDate,
  calendarDateToLocalDate,
  isCalendarDate,
  localDateToCalendarDate,
  todayInStockholm,
} from './calendar-date';
import { calendarFormatting, calendarStrings } from './calendar-strings';

export interface CalendarDatePickerProps {
  label: string;
  value: CalendarDate;
  onChange: (value: CalendarDate) => void;
  className?: string;
  /** The first and last dates that can be chosen. */
  minDate?: CalendarDate;
  maxDate?: CalendarDate;
  required?: boolean;
  /** A message from the form around it (the API refused the date); the picker's own comes first. */
  validationMessage?: string;
}

/**
 * Fluent's date picker speaking YYYY-MM-DD (the Swedish way of writing dates, and the API's),
 * with Monday first and ISO week numbers as Swedish calendars have them.
 */
export function CalendarDatePicker({
  label,
  value,
  onChange,
  className,
  minDate,
  maxDate,
  required,
  validationMessage,
}: CalendarDatePickerProps) {
  const { t, i18n } = useTranslation('ui');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const strings = useMemo(() => calendarStrings(language, t), [language, t]);
  const formatting = useMemo(() => calendarFormatting(language), [language]);
  const [error, setError] = useState<DatePickerErrorType>();

  return (
    <Field
      label={label}
      className={className}
      hint={t('datePicker.hint')}
      required={required}
      validationMessage={error ? t(`datePicker.errors.${error}`) : validationMessage}
    >
      <DatePicker
        value={calendarDateToLocalDate(value)}
        onSelectDate={(date) => {
          // The picker re-selects the old date after rejected input; that is no change.
          const chosen = date ? localDateToCalendarDate(date) : value;
          if (chosen !== value) onChange(chosen);
        }}
        formatDate={(date) => (date ? localDateToCalendarDate(date) : '')}
        parseDateFromString={(text) => (isCalendarDate(text.trim()) ? calendarDateToLocalDate(text.trim()) : null)}
        onValidationResult={(result) => setError(result.error)}
        minDate={minDate ? calendarDateToLocalDate(minDate) : undefined}
        maxDate={maxDate ? calendarDateToLocalDate(maxDate) : undefined}
        allowTextInput
        placeholder={t('datePicker.placeholder')}
        firstDayOfWeek={DayOfWeek.Monday}
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        showWeekNumbers
        showGoToToday
        today={calendarDateToLocalDate(todayInStockholm())}
        strings={strings}
        dateTimeFormatter={formatting}
        popupSurface={{ 'aria-label': t('datePicker.calendar') }}
      />
    </Field>
  );
}
