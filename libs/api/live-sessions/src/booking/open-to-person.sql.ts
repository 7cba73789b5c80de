/**
 * True when session `s` is open to person `$person` on Stockholm date `$day`: it names no units,
 * or the person has an employment that day in one of them or below (units admit their subtrees).
 * Used both to list what a learner may book and to refuse a booking, so the two never disagree.
 */
export const openToPerson = (person: string, day: string) => `(
  cardinality(s.bookable_unit_ids) = 0 OR EXISTS (
    SELECT 1 FROM employment e
      JOIN org_unit u ON u.id = e.org_unit_id
      JOIN org_unit allowed ON allowed.id = ANY(s.bookable_unit_ids)
     WHERE e.person_id = ${person} AND e.start_date <= ${day}::date
       AND (e.end_date IS NULL OR e.end_date >= ${day}::date)
       AND u.path <@ allowed.path))`;
