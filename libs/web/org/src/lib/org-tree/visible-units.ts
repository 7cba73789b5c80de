import type { OrgUnitNode } from '@larnav/web/api-client';

/**
 * The units to draw. Archived units are history: hidden unless asked for, and their sub-units with
 * them. Relies on the API's depth-first order (a parent always comes before its children).
 */
export function visibleUnits(units: readonly OrgUnitNode[], showArchived: boolean): OrgUnitNode[] {
  if (showArchived) return [...units];
  const hidden = new Set<string>();
  return units.filter((unit) => {
    if (unit.archived || (unit.parentId !== null && hidden.has(unit.parentId))) {
      hidden.add(unit.id);
      return false;
    }
    return true;
  });
}

/** Units that have children shown, i.e. the ones that can be folded. */
export function branchIds(units: readonly OrgUnitNode[]): Set<string> {
  return new Set(units.flatMap((unit) => (unit.parentId === null ? [] : [unit.parentId])));
}
