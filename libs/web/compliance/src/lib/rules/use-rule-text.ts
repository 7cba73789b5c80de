import type { Rule } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

type RuleTerms = Pick<
  Rule,
  'targetOrgUnitName' | 'targetOrgUnitId' | 'targetJobRole' | 'dueBasis' | 'dueDays' | 'dueDate' | 'recertifyMonths'
>;

/** A rule's terms in words, as the list and the form's summary say them. */
export function useRuleText() {
  const { t } = useTranslation('compliance');
  return {
    target: (rule: RuleTerms) =>
      rule.targetOrgUnitId
        ? t('rules.target.subtree', { unit: rule.targetOrgUnitName ?? '' })
        : t('rules.target.everyone'),
    jobRole: (rule: RuleTerms) => rule.targetJobRole ?? t('rules.target.anyJobRole'),
    due: (rule: RuleTerms) =>
      rule.dueBasis === 'fixed-date'
        ? t('rules.due.fixed-date', { date: rule.dueDate ?? '' })
        : t(`rules.due.${rule.dueBasis}`, { count: rule.dueDays ?? 0 }),
    recertify: (rule: RuleTerms) =>
      rule.recertifyMonths === null
        ? t('rules.recertify.once')
        : t('rules.recertify.every', { count: rule.recertifyMonths }),
  };
}
