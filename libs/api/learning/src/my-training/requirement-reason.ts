import type { Requirement } from '@larnav/api/compliance';

export interface ReasonNames {
  /** The unit the person works in now. */
  unit: string | null;
  /** The rule's target subtree. */
  target: string | null;
}

/**
 * Why a module is required, as the learner reads it: "Krävs eftersom du arbetar på Bygglov och
 * regeln 'Företagarperspektiv för myndighetsutövning' gäller Samhällsbyggnadsförvaltningen sedan
 * 2026-03-01; förfaller 30 dagar efter din start 2026-05-04."
 */
export function requirementReason(requirement: Requirement, names: ReasonNames, language: 'sv' | 'en'): string {
  const r = requirement;
  const role = r.targetJobRole;
  if (language === 'en') {
    const whom = `${role ? `every ${role}` : 'everyone'}${names.target ? ` in ${names.target}` : ''}`;
    const due =
      r.dueBasis === 'fixed-date'
        ? `to be completed by ${r.effectiveDue}`
        : r.dueBasis === 'employment-start'
          ? `due ${r.dueDays} days after your start ${r.basisDate}`
          : r.dueBasis === 'transfer'
            ? `due ${r.dueDays} days after you joined ${names.target ?? 'the unit'} ${r.basisDate}`
            : `due ${r.dueDays} days after the rule took effect ${r.basisDate}`;
    return `Required because you work ${names.unit ? `at ${names.unit}` : 'here'} and the rule "${r.ruleName}" applies to ${whom} since ${r.ruleFrom}; ${due}.`;
  }
  const whom =
    [role, names.target ? (role ? `på ${names.target}` : names.target) : null].filter(Boolean).join(' ') || 'alla';
  const due =
    r.dueBasis === 'fixed-date'
      ? `ska vara klar senast ${r.effectiveDue}`
      : r.dueBasis === 'employment-start'
        ? `förfaller ${r.dueDays} dagar efter din start ${r.basisDate}`
        : r.dueBasis === 'transfer'
          ? `förfaller ${r.dueDays} dagar efter att du kom till ${names.target ?? 'enheten'} ${r.basisDate}`
          : `förfaller ${r.dueDays} dagar efter att regeln började gälla ${r.basisDate}`;
  return `Krävs eftersom du arbetar ${names.unit ? `på ${names.unit}` : 'här'} och regeln ”${r.ruleName}” gäller ${whom} sedan ${r.ruleFrom}; ${due}.`;
}
