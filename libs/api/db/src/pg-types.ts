import { types } from 'pg';

const DATE_OID = 1082;

/**
 * A `date` column is a calendar date in Europe/Stockholm, never an instant: keep it the
 * `YYYY-MM-DD` string PostgreSQL sends, instead of pg's midnight-in-the-server's-zone Date.
 */
export function keepCalendarDatesAsStrings(): void {
  types.setTypeParser(DATE_OID, (value: string) => value);
}
