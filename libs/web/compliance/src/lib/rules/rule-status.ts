import type { Rule } from '@larnav/web/api-client';

export type RuleStatus = 'upcoming' | 'active' | 'ending' | 'ended';

/** Where a rule stands on `today`: not yet in force, in force (with a last day set), or over. */
export function ruleStatus(rule: Pick<Rule, 'validFrom' | 'validTo'>, today: string): RuleStatus {
  if (rule.validTo !== null && rule.validTo < today) return 'ended';
  if (rule.validFrom > today) return 'upcoming';
  return rule.validTo === null ? 'active' : 'ending';
}
