import { Badge, type BadgeProps, Body1, Button, TableCell, TableRow, Text } from '@fluentui/react-components';
import { AddRegular, CalendarCancelRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { problemOf, type Rule, useEndRule, useRules } from '@larnav/web/api-client';
import {
  CalendarDatePicker,
  ConfirmDialog,
  ListFrame,
  type ListColumn,
  PageHeader,
  Panel,
  todayInStockholm,
  useNotify,
  useProblemMessage,
} from '@larnav/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEW_RULE_PATH } from '../paths';
import { useComplianceStyles } from '../shared/compliance.styles';
import { RouteButton } from '../shared/RouteButton';
import { type RuleStatus, ruleStatus } from './rule-status';
import { useRuleText } from './use-rule-text';

const STATUS_COLOR: Record<RuleStatus, BadgeProps['color']> = {
  upcoming: 'informative',
  active: 'success',
  ending: 'warning',
  ended: 'subtle',
};

/** The assignment rules: what each requires of whom and when; new ones made, running ones ended. */
export function RulesPage() {
  const { t } = useTranslation('compliance');
  const styles = useComplianceStyles();
  const rules = useRules();
  const text = useRuleText();
  const today = todayInStockholm();
  const [ending, setEnding] = useState<Rule | null>(null);
  // The list keeps focus after an ended rule's button goes away.
  const listRef = useRef<HTMLDivElement>(null);

  const columns: ListColumn[] = [
    ...(['name', 'module', 'target', 'jobRole', 'due', 'recertify', 'validity', 'status'] as const).map((key) => ({
      key,
      label: t(`rules.columns.${key}`),
    })),
    { key: 'actions', label: t('rules.columns.actions'), muted: true },
  ];

  const row = (rule: Rule) => {
    const status = ruleStatus(rule, today);
    return (
      <TableRow key={rule.id}>
        <TableCell>{rule.name}</TableCell>
        <TableCell>{rule.moduleTitle ?? t('rules.moduleGone')}</TableCell>
        <TableCell>{text.target(rule)}</TableCell>
        <TableCell>{text.jobRole(rule)}</TableCell>
        <TableCell>{text.due(rule)}</TableCell>
        <TableCell>{text.recertify(rule)}</TableCell>
        <TableCell className={styles.nowrap}>
          {rule.validTo
            ? t('rules.validity.range', { from: rule.validFrom, to: rule.validTo })
            : t('rules.validity.from', { from: rule.validFrom })}
        </TableCell>
        <TableCell>
          <Badge appearance="tint" color={STATUS_COLOR[status]}>
            {t(`rules.status.${status}`)}
          </Badge>
        </TableCell>
        <TableCell>
          {rule.validTo === null && (
            <Button
              size="small"
              icon={<CalendarCancelRegular />}
              aria-label={t('rules.endFor', { name: rule.name })}
              onClick={() => setEnding(rule)}
            >
              {t('rules.end')}
            </Button>
          )}
        </TableCell>
      </TableRow>
    );
  };

  return (
    <>
      <PageHeader title={t('rules.title')} documentTitle={t('rules.pageTitle')}>
        {t('rules.intro')}
      </PageHeader>
      <div className={styles.stack}>
        <Panel
          heading={t('rules.heading')}
          actions={
            <RouteButton to={NEW_RULE_PATH} appearance="primary" icon={<AddRegular />}>
              {t('rules.create')}
            </RouteButton>
          }
        >
          <Body1 as="p" className={styles.intro}>
            {t('rules.listIntro')}
          </Body1>
          <div ref={listRef}>
            <ListFrame
              query={rules}
              problem={problemOf(rules.error)}
              label={t('rules.heading')}
              columns={columns}
              empty={{ title: t('rules.empty'), icon: <ClipboardTaskListLtrRegular /> }}
              row={row}
            />
          </div>
        </Panel>
      </div>
      {ending && (
        <EndRuleDialog
          rule={ending}
          onClose={(ended) => {
            setEnding(null);
            // Once the dialog has handed focus back, which it does as it unmounts.
            if (ended) setTimeout(() => listRef.current?.querySelector<HTMLElement>('[role="region"]')?.focus(), 0);
          }}
        />
      )}
    </>
  );
}

/** Asks for the rule's last day; from the day after, it requires nothing more of anyone. */
function EndRuleDialog({ rule, onClose }: { rule: Rule; onClose: (ended: boolean) => void }) {
  const { t } = useTranslation('compliance');
  const end = useEndRule();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const today = todayInStockholm();
  const [lastDay, setLastDay] = useState(rule.validFrom > today ? rule.validFrom : today);

  return (
    <ConfirmDialog
      open
      title={t('rules.confirm.title', { name: rule.name })}
      confirmLabel={t('rules.confirm.action')}
      pending={end.isPending}
      problem={end.isError ? problemMessage(problemOf(end.error)) : undefined}
      onCancel={() => onClose(false)}
      onConfirm={() =>
        end.mutate(
          { ruleId: rule.id, lastDay },
          {
            onSuccess: () => {
              notify(t('rules.ended', { name: rule.name, date: lastDay }));
              onClose(true);
            },
          },
        )
      }
    >
      <Text as="p">{t('rules.confirm.body')}</Text>
      <CalendarDatePicker
        label={t('rules.confirm.lastDay')}
        value={lastDay}
        onChange={setLastDay}
        minDate={rule.validFrom}
        required
      />
    </ConfirmDialog>
  );
}
