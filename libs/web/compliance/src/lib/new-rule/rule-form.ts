import type { DueBasis, RuleInput } from '@larnav/web/api-client';

export const DUE_BASES: readonly DueBasis[] = ['employment-start', 'transfer', 'rule-start', 'fixed-date'];

/** The form as typed: numbers stay text until sent, so a half-typed one is not lost. */
export interface RuleDraft {
  name: string;
  moduleId: string | null;
  targetOrgUnitId: string | null;
  targetJobRole: string;
  dueBasis: DueBasis;
  dueDays: string;
  dueDate: string;
  recertifyMonths: string;
  redoOnSignificant: boolean;
  validFrom: string;
}

/** How long before a completion runs out it is due again: the API's default, not asked for here. */
export const DUE_AGAIN_DAYS = 30;

export type RuleField = 'name' | 'moduleId' | 'dueDays' | 'dueDate' | 'recertifyMonths' | 'validFrom';

export function emptyDraft(today: string, dueDate: string): RuleDraft {
  return {
    name: '',
    moduleId: null,
    targetOrgUnitId: null,
    targetJobRole: '',
    dueBasis: 'employment-start',
    dueDays: '30',
    dueDate,
    recertifyMonths: '',
    redoOnSignificant: true,
    validFrom: today,
  };
}

/** A whole number within bounds, or undefined for anything else ("", "1,5", "-3"). */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/** What keeps the rule from being sent, field by field; the API's own limits, checked first here. */
export function problemsOf(draft: RuleDraft): RuleField[] {
  return [
    ...(draft.name.trim() ? [] : ['name' as const]),
    ...(draft.moduleId ? [] : ['moduleId' as const]),
    ...(draft.dueBasis !== 'fixed-date' && wholeNumber(draft.dueDays, 0, 3650) === undefined
      ? ['dueDays' as const]
      : []),
    ...(draft.dueBasis === 'fixed-date' && !draft.dueDate ? ['dueDate' as const] : []),
    ...(draft.recertifyMonths.trim() && wholeNumber(draft.recertifyMonths, 1, 120) === undefined
      ? ['recertifyMonths' as const]
      : []),
    ...(draft.validFrom ? [] : ['validFrom' as const]),
  ];
}

/**
 * The rule to preview: everything but its name, which changes nothing about whom it reaches.
 * Null while something that does is missing or malformed.
 */
export function previewInput(draft: RuleDraft): RuleInput | null {
  const blocking = problemsOf(draft).filter((field) => field !== 'name');
  if (blocking.length > 0 || !draft.moduleId) return null;
  const recertifyMonths = wholeNumber(draft.recertifyMonths, 1, 120);
  const jobRole = draft.targetJobRole.trim();
  return {
    // The API requires a name; the preview's trial rule is rolled back, so any will do.
    name: draft.name.trim() || 'preview',
    moduleId: draft.moduleId,
    ...(draft.targetOrgUnitId ? { targetOrgUnitId: draft.targetOrgUnitId } : {}),
    ...(jobRole ? { targetJobRole: jobRole } : {}),
    dueBasis: draft.dueBasis,
    ...(draft.dueBasis === 'fixed-date'
      ? { dueDate: draft.dueDate }
      : { dueDays: wholeNumber(draft.dueDays, 0, 3650) }),
    ...(recertifyMonths === undefined ? {} : { recertifyMonths }),
    dueAgainDays: DUE_AGAIN_DAYS,
    redoOnSignificant: draft.redoOnSignificant,
    validFrom: draft.validFrom,
  };
}

/** The rule to save, or null while any field is missing or malformed. */
export function ruleInput(draft: RuleDraft): RuleInput | null {
  if (problemsOf(draft).length > 0) return null;
  const input = previewInput(draft);
  return input && { ...input, name: draft.name.trim() };
}
