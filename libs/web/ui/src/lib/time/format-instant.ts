import { CALENDAR_TIME_ZONE } from '@larnav/contracts';
import { formatLocale } from '../i18n/translations';

/** An instant as people in Sweden read it, whatever the browser's zone: "3 juni 2025 14:05". */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formatLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CALENDAR_TIME_ZONE,
  }).format(new Date(iso));
}
