import { type CalendarDate, isCalendarDate, todayInStockholm } from '@larnav/web/ui';
import { useSearchParams } from 'react-router';

/**
 * The page's state lives in the URL (?at=2024-01-15&unit=…) so a view can be bookmarked, shared
 * and reloaded. Without a valid `at` the page shows today in Stockholm.
 */
export function useOrganisationParams() {
  const [params, setParams] = useSearchParams();
  const requestedAt = params.get('at');
  const at: CalendarDate = isCalendarDate(requestedAt) ? requestedAt : todayInStockholm();
  const unitId = params.get('unit');

  const update = (name: 'at' | 'unit', value: string) =>
    // Replace, not push: choosing a date or unit refines this page, it is not a new one for Back.
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return {
    at,
    unitId,
    setAt: (date: CalendarDate) => update('at', date),
    setUnitId: (id: string) => update('unit', id),
  };
}
