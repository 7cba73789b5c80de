import type { ReportedModule } from '@larnav/web/api-client';
import { formatLocale } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';

/** The API's percentages (0–100, one decimal) as people write them: "87,5 %" in Swedish. */
export function formatPercentage(percentage: number, language: string): string {
  return new Intl.NumberFormat(formatLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    percentage / 100,
  );
}

/** A month-end date's month, e.g. "mars 2026". */
export function formatMonth(asOf: string, language: string): string {
  const [year, month] = asOf.split('-').map(Number);
  return new Intl.DateTimeFormat(formatLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

/**
 * The same day a year earlier, the default start of the onboarding period; 29 February falls
 * back to the 28th.
 */
export function yearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year - 1}-${pad(month)}-${pad(Math.min(day, lastOfMonth))}`;
}

/** The language the page speaks, as the API's `lang` takes it. */
export function useReportLanguage(): 'sv' | 'en' {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en' : 'sv';
}

/** A module's title in the page's language, the Swedish one when it has no English. */
export function moduleTitle(module: ReportedModule | undefined, language: 'sv' | 'en'): string {
  if (!module) return '';
  return (language === 'en' && module.titleEn) || module.title;
}
