import { Body1, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { type OnboardingNode, problemOf, useOnboardingCoverage } from '@larnav/web/api-client';
import { CalendarDatePicker, type ListColumn, ListFrame, Panel, todayInStockholm } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../shared/ExportLinks';
import { yearBefore } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';
import { PercentageBar } from '../shared/PercentageBar';

export interface OnboardingPanelProps {
  moduleId: string;
  moduleTitle: string;
}

/** Of the people who started in a period (default the last 12 months), who completed in time. */
export function OnboardingPanel({ moduleId, moduleTitle }: OnboardingPanelProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const today = todayInStockholm();
  const [from, setFrom] = useState(() => yearBefore(today));
  const [to, setTo] = useState(today);
  const label = t('onboarding.label', { module: moduleTitle, from, to });
  // The API refuses a backwards period; say so here instead of asking it.
  const backwards = from > to;

  return (
    <Panel
      heading={t('onboarding.heading')}
      actions={!backwards && <ExportLinks table="onboarding" tableName={label} filters={{ moduleId, from, to }} />}
    >
      <Body1 as="p" className={styles.intro}>
        {t('onboarding.intro')}
      </Body1>
      <div className={styles.filters}>
        <CalendarDatePicker label={t('onboarding.from')} value={from} onChange={setFrom} required />
        <CalendarDatePicker
          label={t('onboarding.to')}
          value={to}
          onChange={setTo}
          required
          validationMessage={backwards ? t('onboarding.badPeriod') : undefined}
        />
      </div>
      {!backwards && <OnboardingTable moduleId={moduleId} from={from} to={to} label={label} />}
    </Panel>
  );
}

function OnboardingTable({ moduleId, from, to, label }: { moduleId: string; from: string; to: string; label: string }) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const onboarding = useOnboardingCoverage({ orgUnitId: null, moduleId, from, to });
  const nodes = onboarding.data?.nodes;
  const topDepth = nodes && nodes.length > 0 ? Math.min(...nodes.map((node) => node.depth)) : 0;

  const columns: ListColumn[] = (
    ['unit', 'hires', 'required', 'inTime', 'late', 'missed', 'open', 'percentage'] as const
  ).map((key) => ({ key, label: t(`onboarding.columns.${key}`) }));

  const row = (node: OnboardingNode) => {
    const numbers = node.modules.find((entry) => entry.moduleId === moduleId);
    return (
      <TableRow key={node.unitId}>
        <TableCell>
          <span style={{ paddingInlineStart: `calc(${node.depth - topDepth} * ${tokens.spacingHorizontalXL})` }}>
            <Text weight={node.depth === topDepth ? 'semibold' : 'regular'}>{node.name}</Text>
          </span>
        </TableCell>
        <TableCell className={styles.numeric}>{node.hires}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.required ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.inTime ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.late ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.missed ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.open ?? 0}</TableCell>
        <TableCell>
          <PercentageBar
            percentage={numbers?.percentage ?? null}
            label={(percentage) => t('onboarding.bar', { unit: node.name, percentage })}
          />
        </TableCell>
      </TableRow>
    );
  };

  return (
    <ListFrame
      query={{ isPending: onboarding.isPending, isError: onboarding.isError, data: nodes, refetch: onboarding.refetch }}
      problem={problemOf(onboarding.error)}
      label={label}
      columns={columns}
      empty={{ title: t('onboarding.empty'), icon: <PersonAddRegular /> }}
      row={row}
    />
  );
}
